fn main() -> std::process::ExitCode {
    simcancel::start(std::env::args_os())
}
