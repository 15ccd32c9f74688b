# Installs simcancel from a release on Windows: downloads the archive, checks its SHA-256,
# and puts simcancel.exe in %LOCALAPPDATA%\Programs\simcancel, which it adds to the
# user's PATH. The release workflow fills in @DOWNLOAD@; $env:SIMCANCEL_DOWNLOAD_URL
# overrides it.
#
#   powershell -ExecutionPolicy Bypass -c "irm <release>/simcancel-installer.ps1 | iex"
$ErrorActionPreference = 'Stop'

$base = if ($env:SIMCANCEL_DOWNLOAD_URL) { $env:SIMCANCEL_DOWNLOAD_URL } else { '@DOWNLOAD@' }
$dest = if ($env:SIMCANCEL_INSTALL_DIR) { $env:SIMCANCEL_INSTALL_DIR } else { Join-Path $env:LOCALAPPDATA 'Programs\simcancel' }
$name = 'simcancel-x86_64-pc-windows-msvc'

$tmp = Join-Path ([System.IO.Path]::GetTempPath()) ([System.IO.Path]::GetRandomFileName())
New-Item -ItemType Directory -Path $tmp | Out-Null
try {
    Write-Host "Downloading $name.zip"
    Invoke-WebRequest -UseBasicParsing -Uri "$base/$name.zip" -OutFile "$tmp\$name.zip"
    Invoke-WebRequest -UseBasicParsing -Uri "$base/$name.zip.sha256" -OutFile "$tmp\$name.zip.sha256"
    $want = ((Get-Content "$tmp\$name.zip.sha256" -Raw).Trim() -split '\s+')[0].ToLowerInvariant()
    $got = (Get-FileHash -Algorithm SHA256 "$tmp\$name.zip").Hash.ToLowerInvariant()
    if ($want -ne $got) { throw "checksum mismatch for ${name}.zip: expected $want, got $got" }
    Expand-Archive -Path "$tmp\$name.zip" -DestinationPath $tmp -Force
    New-Item -ItemType Directory -Force -Path $dest | Out-Null
    Copy-Item "$tmp\$name\simcancel.exe" (Join-Path $dest 'simcancel.exe') -Force
} finally {
    Remove-Item -Recurse -Force $tmp -ErrorAction SilentlyContinue
}
Write-Host "Installed $dest\simcancel.exe"
$path = [Environment]::GetEnvironmentVariable('Path', 'User')
if (-not (($path -split ';') -contains $dest)) {
    $new = if ($path) { "$path;$dest" } else { $dest }
    [Environment]::SetEnvironmentVariable('Path', $new, 'User')
    Write-Host "Added $dest to your PATH: open a new terminal window, then run: simcancel"
} else {
    Write-Host 'Run: simcancel'
}
