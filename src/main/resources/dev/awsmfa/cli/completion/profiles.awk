# The profiles awsmfa can act on, one a line, each once, for --profile: each NAME of a [NAME-SUFFIX]
# section of the credentials file (long-term keys, with or without a session yet), each credentials
# section holding a session (an expiration), and each config profile with mfa_serial or role_arn;
# never a NAME-SUFFIX itself. Section headers and keys are read as configparser and botocore read
# them, closely enough for completion. Run as: awk -v suffix=long-term -f THIS kind=credentials FILE
# kind=config FILE (the completion scripts embed it; written without quotes so that they can).
function trim(s) {
    sub(/^[ \t\f\v]+/, "", s)
    sub(/[ \t\f\v]+$/, "", s)
    return s
}
# NAME of NAME-SUFFIX, else "".
function owner(section,    ending) {
    if (suffix == "" || tolower(suffix) == "none") return ""
    ending = "-" suffix
    if (length(section) <= length(ending)) return ""
    if (substr(section, length(section) - length(ending) + 1) != ending) return ""
    return substr(section, 1, length(section) - length(ending))
}
# The profile of a config section: [default], or [profile NAME] as shlex reads it, one word after "profile".
function config_profile(section,    rest, inner, out, i, c) {
    if (section == "default") return section
    if (substr(section, 1, 7) != "profile" || substr(section, 8, 1) !~ /[ \t]/) return ""
    rest = trim(substr(section, 8))
    if (rest == "") return ""
    c = substr(rest, 1, 1)
    if (c == squote) {
        inner = substr(rest, 2, length(rest) - 2)
        if (length(rest) < 2 || substr(rest, length(rest)) != squote || index(inner, squote)) return ""
        return inner
    }
    if (c == "\"") {
        if (length(rest) < 2 || substr(rest, length(rest)) != "\"") return ""
        inner = substr(rest, 2, length(rest) - 2)
        out = ""
        for (i = 1; i <= length(inner); i++) {
            c = substr(inner, i, 1)
            if (c == "\\" && i < length(inner) && index("\"\\", substr(inner, i + 1, 1))) {
                i++
                c = substr(inner, i, 1)
            } else if (c == "\"") {
                return ""
            }
            out = out c
        }
        return out
    }
    if (rest ~ /[ \t"\\]/ || index(rest, squote)) return ""
    return rest
}
function offer(name) {
    if (name != "" && owner(name) == "" && !(name in offered)) {
        offered[name] = 1
        print name
    }
}
function close_section() {
    if (section == "") return
    if (section_kind == "credentials") {
        if (owner(section) != "") offer(owner(section))
        else if (has_expiration || (tolower(suffix) == "none" && has_key)) offer(section)
    } else if (has_mfa_or_role) {
        name = config_profile(section)
        offer(owner(name) != "" ? owner(name) : name)
    }
    section = ""
}
BEGIN { squote = sprintf("%c", 39) }
FNR == 1 { close_section(); after_key = 0 }
{
    line = $0
    sub(/\r$/, "", line)
    indented = line ~ /^[ \t]/
    text = trim(line)
    if (text == "" || text ~ /^[#;]/ || (indented && after_key)) next
    if (substr(text, 1, 1) == "[") {
        for (i = length(text); i > 2 && substr(text, i, 1) != "]"; i--) ;
        if (i > 2) {
            close_section()
            section = substr(text, 2, i - 2)
            section_kind = kind
            has_expiration = has_key = has_mfa_or_role = after_key = 0
            next
        }
    }
    separator = match(text, /[=:]/)
    if (!separator || section == "") next
    key = tolower(trim(substr(text, 1, separator - 1)))
    after_key = 1
    if (key == "expiration") has_expiration = 1
    if (key == "aws_access_key_id") has_key = 1
    if (key == "mfa_serial" || key == "role_arn") has_mfa_or_role = 1
}
END { close_section() }
