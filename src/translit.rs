//! Pinyin to Cyrillic by the Palladius system, the one Russian documents use for Chinese
//! names: LI WEI → ЛИ ВЭЙ, ZHANG XIAOMING → ЧЖАН СЯОМИН.
//!
//! Only a suggestion for the user to confirm: the name in a contract comes from the
//! notarised passport translation, which may spell it otherwise. A name that is not made
//! entirely of Mandarin syllables gets no suggestion at all, since a guessed spelling in
//! a legal document is worse than a blank.

/// Every Mandarin syllable, toneless, with `v` for ü. A word is split only into these.
const SYLLABLES: &str = "\
a o e ai ei ao ou an en ang eng er \
yi ya ye yao you yan yin yang ying yong yu yue yuan yun yo \
wu wa wo wai wei wan wen wang weng \
ba bo bai bei bao ban ben bang beng bi bie biao bian bin bing bu \
pa po pai pei pao pou pan pen pang peng pi pie piao pian pin ping pu \
ma mo me mai mei mao mou man men mang meng mi mie miao miu mian min ming mu \
fa fo fei fou fan fen fang feng fu \
da de dai dei dao dou dan den dang deng dong di dia die diao diu dian ding du duo dui duan dun \
ta te tai tao tou tan tang teng tong ti tie tiao tian ting tu tuo tui tuan tun \
na ne nai nei nao nou nan nen nang neng nong ni nie niao niu nian nin niang ning nu nuo nuan nv nve nue \
la lo le lai lei lao lou lan lang leng long li lia lie liao liu lian lin liang ling lu luo luan lun lv lve lue \
ga ge gai gei gao gou gan gen gang geng gong gu gua guo guai gui guan gun guang \
ka ke kai kei kao kou kan ken kang keng kong ku kua kuo kuai kui kuan kun kuang \
ha he hai hei hao hou han hen hang heng hong hu hua huo huai hui huan hun huang \
ji jia jie jiao jiu jian jin jiang jing jiong ju jue juan jun \
qi qia qie qiao qiu qian qin qiang qing qiong qu que quan qun \
xi xia xie xiao xiu xian xin xiang xing xiong xu xue xuan xun \
zha zhe zhi zhai zhei zhao zhou zhan zhen zhang zheng zhong zhu zhua zhuo zhuai zhui zhuan zhun zhuang \
cha che chi chai chao chou chan chen chang cheng chong chu chua chuo chuai chui chuan chun chuang \
sha she shi shai shei shao shou shan shen shang sheng shu shua shuo shuai shui shuan shun shuang \
re ri rao rou ran ren rang reng rong ru rua ruo rui ruan run \
za ze zi zai zei zao zou zan zen zang zeng zong zu zuo zui zuan zun \
ca ce ci cai cao cou can cen cang ceng cong cu cuo cui cuan cun \
sa se si sai sao sou san sen sang seng song su suo sui suan sun";

/// The longest syllable, in letters (zhuang).
const LONGEST: usize = 6;

fn is_syllable(s: &str) -> bool {
    SYLLABLES.split(' ').any(|x| x == s)
}

/// The initial consonant in Cyrillic and the rest of the syllable.
fn initial(s: &str) -> (&'static str, &str) {
    for (latin, cyrillic) in [("zh", "чж"), ("ch", "ч"), ("sh", "ш")] {
        if let Some(rest) = s.strip_prefix(latin) {
            return (cyrillic, rest);
        }
    }
    let cyrillic = match s.as_bytes().first() {
        Some(b'b') => "б",
        Some(b'p') => "п",
        Some(b'm') => "м",
        Some(b'f') => "ф",
        Some(b'd') => "д",
        Some(b't') => "т",
        Some(b'n') => "н",
        Some(b'l') => "л",
        Some(b'g') => "г",
        Some(b'k') => "к",
        Some(b'h') => "х",
        Some(b'j' | b'z') => "цз",
        Some(b'q' | b'c') => "ц",
        Some(b'x' | b's') => "с",
        Some(b'r') => "ж",
        _ => return ("", s),
    };
    (cyrillic, &s[1..])
}

/// One syllable (already known to be one) in Cyrillic.
fn syllable(s: &str) -> String {
    // The syllables spelt with y and w have no initial; they are written as their final.
    let standalone = match s {
        "yi" => Some("и"),
        "ya" => Some("я"),
        "ye" => Some("е"),
        "yo" => Some("йо"),
        "yao" => Some("яо"),
        "you" => Some("ю"),
        "yan" => Some("янь"),
        "yin" => Some("инь"),
        "yang" => Some("ян"),
        "ying" => Some("ин"),
        "yong" => Some("юн"),
        "yu" => Some("юй"),
        "yue" => Some("юэ"),
        "yuan" => Some("юань"),
        "yun" => Some("юнь"),
        "wu" => Some("у"),
        "wa" => Some("ва"),
        "wo" => Some("во"),
        "wai" => Some("вай"),
        "wei" => Some("вэй"),
        "wan" => Some("вань"),
        "wen" => Some("вэнь"),
        "wang" => Some("ван"),
        "weng" => Some("вэн"),
        "er" => Some("эр"),
        _ => None,
    };
    if let Some(c) = standalone {
        return c.to_owned();
    }
    let (init, fin) = initial(s);
    // After j, q and x a written u is ü.
    let palatal = matches!(s.as_bytes().first(), Some(b'j' | b'q' | b'x'));
    let fin = match fin {
        "a" => "а",
        "o" => "о",
        "e" => "э",
        "ai" => "ай",
        "ei" => "эй",
        "ao" => "ао",
        "ou" => "оу",
        "an" => "ань",
        "en" => "энь",
        "ang" => "ан",
        "eng" => "эн",
        "ong" => "ун",
        // The "buzzing" i after z, c and s is ы; after zh, ch, sh and r it is и.
        "i" if matches!(init, "цз" | "ц" | "с") && !palatal => "ы",
        "i" => "и",
        "ia" => "я",
        "ie" => "е",
        "iao" => "яо",
        "iu" => "ю",
        "ian" => "янь",
        "in" => "инь",
        "iang" => "ян",
        "ing" => "ин",
        "iong" => "юн",
        "u" if palatal => "юй",
        "u" => "у",
        "ua" => "уа",
        "uo" => "о",
        "uai" => "уай",
        "ui" if init == "х" => "уэй",
        "ui" => "уй",
        "uan" if palatal => "юань",
        "uan" => "уань",
        "un" if palatal => "юнь",
        "un" => "унь",
        "uang" => "уан",
        "ue" | "ve" => "юэ",
        "v" => "юй",
        other => other,
    };
    format!("{init}{fin}")
}

/// The word split into syllables. Pinyin writes an apostrophe before a syllable that starts
/// with a, o or e inside a word (xi'an, fang'an), so without one no later syllable starts
/// so: XIAN is one syllable, FANGAN is fan-gan. Of the splits left, the one with the
/// longest first syllable is taken.
fn split(word: &str) -> Option<Vec<&str>> {
    fn go<'w>(rest: &'w str, first: bool, out: &mut Vec<&'w str>) -> bool {
        if rest.is_empty() {
            return true;
        }
        for len in (1..=LONGEST.min(rest.len())).rev() {
            let (head, tail) = rest.split_at(len);
            let vowel_start = matches!(head.as_bytes()[0], b'a' | b'o' | b'e');
            if (first || !vowel_start) && is_syllable(head) {
                out.push(head);
                if go(tail, false, out) {
                    return true;
                }
                out.pop();
            }
        }
        false
    }
    let mut out = Vec::new();
    go(word, true, &mut out).then_some(out)
}

/// One word (a surname, or a given name of one or more syllables) in Cyrillic, lower case.
fn word(word: &str) -> Option<String> {
    let mut out = String::new();
    // An apostrophe inside the word marks a syllable boundary.
    for part in word.split(['\'', '’']) {
        let normal: String = part
            .chars()
            .map(|c| match c {
                'ü' | 'Ü' => 'v',
                c => c.to_ascii_lowercase(),
            })
            .collect();
        if !normal.bytes().all(|b| b.is_ascii_lowercase()) || normal.is_empty() {
            return None;
        }
        // Passports write ü as YU after l and n (LYU for 吕): the same syllable.
        let normal = match normal.as_str() {
            "lyu" => "lv".to_owned(),
            "nyu" => "nv".to_owned(),
            _ => normal,
        };
        for s in split(&normal)? {
            let c = syllable(s);
            // After a syllable in -ng (written н), ъ keeps a following vowel from being
            // read into it: Pingyao is Пинъяо, not Пиняо.
            if out.ends_with('н') && c.starts_with(['а', 'о', 'э', 'я', 'е', 'ю']) {
                out.push('ъ');
            }
            out.push_str(&c);
        }
    }
    Some(out)
}

/// The Palladius spelling of a name written in pinyin, in the case it was typed (an
/// upper-case word stays upper case, any other word is capitalised); `None` when any word
/// is not pinyin. Hyphenated words keep their hyphen.
pub fn palladius(name: &str) -> Option<String> {
    let words: Vec<&str> = name.split_whitespace().collect();
    if words.is_empty() {
        return None;
    }
    let mut out = Vec::new();
    for w in words {
        let mut parts = Vec::new();
        for part in w.split('-') {
            let cyrillic = word(part)?;
            let upper = part.chars().all(|c| !c.is_lowercase());
            parts.push(if upper {
                cyrillic.to_uppercase()
            } else {
                capitalised(&cyrillic)
            });
        }
        out.push(parts.join("-"));
    }
    Some(out.join(" "))
}

fn capitalised(s: &str) -> String {
    let mut chars = s.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_as_russian_sources_spell_them() {
        // Spellings from Russian reference works for well-known people.
        for (pinyin, cyrillic) in [
            ("LI WEI", "ЛИ ВЭЙ"),
            ("Mao Zedong", "Мао Цзэдун"),
            ("Deng Xiaoping", "Дэн Сяопин"),
            ("Xi Jinping", "Си Цзиньпин"),
            ("Hu Jintao", "Ху Цзиньтао"),
            ("Zhou Enlai", "Чжоу Эньлай"),
            ("Sun Zhongshan", "Сунь Чжуншань"),
            ("Jiang Zemin", "Цзян Цзэминь"),
            ("Wen Jiabao", "Вэнь Цзябао"),
            ("Li Keqiang", "Ли Кэцян"),
            ("Yao Ming", "Яо Мин"),
            ("Zhang Yimou", "Чжан Имоу"),
            ("Liu Xiang", "Лю Сян"),
            ("Guo Moruo", "Го Можо"),
            ("Qian Xuesen", "Цянь Сюэсэнь"),
            ("Ba Jin", "Ба Цзинь"),
            ("Lao She", "Лао Шэ"),
            ("Cao Xueqin", "Цао Сюэцинь"),
            ("Wang Wei", "Ван Вэй"),
            ("Qu Yuan", "Цюй Юань"),
            ("Sima Qian", "Сыма Цянь"),
            ("Zhuge Liang", "Чжугэ Лян"),
            ("Cai Lun", "Цай Лунь"),
            ("Huang Di", "Хуан Ди"),
            ("Hui", "Хуэй"),
            ("Kong Fuzi", "Кун Фуцзы"),
            ("Ouyang Xiu", "Оуян Сю"),
            ("Pingyao", "Пинъяо"),
            ("Chang'an", "Чанъань"),
            ("Yan'an", "Яньань"),
            ("Zhongyuan", "Чжунъюань"),
            ("Xi'an", "Сиань"),
            ("Ye", "Е"),
            ("Er", "Эр"),
        ] {
            assert_eq!(palladius(pinyin).as_deref(), Some(cyrillic), "{pinyin}");
        }
    }

    #[test]
    fn every_initial_and_final_has_its_letters() {
        for (pinyin, cyrillic) in [
            ("ZHI CHI SHI RI", "ЧЖИ ЧИ ШИ ЖИ"),
            ("ZI CI SI", "ЦЗЫ ЦЫ СЫ"),
            ("JI QI XI", "ЦЗИ ЦИ СИ"),
            ("JU QU XU", "ЦЗЮЙ ЦЮЙ СЮЙ"),
            ("JUE QUAN XUN", "ЦЗЮЭ ЦЮАНЬ СЮНЬ"),
            ("LV NV LYU NYU", "ЛЮЙ НЮЙ ЛЮЙ НЮЙ"),
            ("LÜ NÜE", "ЛЮЙ НЮЭ"),
            ("DUO GUO SHUO ZUO", "ДО ГО ШО ЦЗО"),
            ("DUI GUI SHUI HUI", "ДУЙ ГУЙ ШУЙ ХУЭЙ"),
            ("DUN ZHUN", "ДУНЬ ЧЖУНЬ"),
            ("DONG ZHONG", "ДУН ЧЖУН"),
            ("GE KE HE DE ZHE", "ГЭ КЭ ХЭ ДЭ ЧЖЭ"),
            ("BIE LIE NIE", "БЕ ЛЕ НЕ"),
            ("LIAO MIU DIAN LIANG NING JIONG", "ЛЯО МЮ ДЯНЬ ЛЯН НИН ЦЗЮН"),
            ("GUA KUAI HUAN GUANG", "ГУА КУАЙ ХУАНЬ ГУАН"),
            (
                "YI YA YE YAO YOU YAN YIN YANG YING YONG",
                "И Я Е ЯО Ю ЯНЬ ИНЬ ЯН ИН ЮН",
            ),
            ("YU YUE YUAN YUN", "ЮЙ ЮЭ ЮАНЬ ЮНЬ"),
            (
                "WU WA WO WAI WEI WAN WEN WANG WENG",
                "У ВА ВО ВАЙ ВЭЙ ВАНЬ ВЭНЬ ВАН ВЭН",
            ),
            (
                "A O E AI EI AO OU AN EN ANG",
                "А О Э АЙ ЭЙ АО ОУ АНЬ ЭНЬ АН",
            ),
            ("FENG PENG ZENG", "ФЭН ПЭН ЦЗЭН"),
            ("BEN SHEN REN", "БЭНЬ ШЭНЬ ЖЭНЬ"),
            ("ZHOU DOU", "ЧЖОУ ДОУ"),
        ] {
            assert_eq!(palladius(pinyin).as_deref(), Some(cyrillic), "{pinyin}");
        }
    }

    #[test]
    fn given_names_are_split_into_syllables_without_an_apostrophe() {
        for (pinyin, cyrillic) in [
            ("ZHANG XIAOMING", "ЧЖАН СЯОМИН"),
            ("WANG JIANGUO", "ВАН ЦЗЯНЬГО"),
            ("CHEN JIANYING", "ЧЭНЬ ЦЗЯНЬИН"),
            // XIAN is one syllable; a later syllable never starts with a vowel.
            ("XIAN", "СЯНЬ"),
            ("FANGAN", "ФАНЬГАНЬ"),
            ("XINAN", "СИНАНЬ"),
            ("li-wei", "Ли-Вэй"),
            ("  Li   Wei  ", "Ли Вэй"),
        ] {
            assert_eq!(palladius(pinyin).as_deref(), Some(cyrillic), "{pinyin}");
        }
    }

    #[test]
    fn a_name_that_is_not_pinyin_gets_no_guess() {
        for name in [
            "JOHN SMITH",
            "Maria",
            "David",
            "LI WEI JR.",
            "Nguyễn Văn An",
            "ЛИ ВЭЙ",
            "李伟",
            "LI 3",
            "LIV",
            "",
            "   ",
            "O'Brien",
            "Zhangg",
            "Li--Wei",
        ] {
            assert_eq!(palladius(name), None, "{name}");
        }
    }

    #[test]
    fn every_listed_syllable_is_read_and_written_in_cyrillic_only() {
        for s in SYLLABLES.split(' ') {
            assert_eq!(split(s), Some(vec![s]), "{s}");
            let c = syllable(s);
            assert!(
                !c.is_empty() && c.chars().all(|c| ('а'..='я').contains(&c) || c == 'ё'),
                "{s} → {c}"
            );
        }
        assert_eq!(SYLLABLES.split(' ').map(str::len).max(), Some(LONGEST));
    }
}
