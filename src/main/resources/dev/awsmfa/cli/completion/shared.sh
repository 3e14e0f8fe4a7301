# Shared by the bash and zsh scripts, in the syntax both read alike.

# Prints the profiles --profile can name (the awk program says which), one a line; $1 is the
# long-term suffix the command line gives.
__awsmfa_profile_lines() {
    local suffix=$1 kind file
    local -a files
    files=()
    for kind in credentials config; do
        if [[ $kind == credentials ]]; then
            file=${AWS_SHARED_CREDENTIALS_FILE:-$HOME/.aws/credentials}
        else
            file=${AWS_CONFIG_FILE:-$HOME/.aws/config}
        fi
        [[ $file == "~/"* ]] && file=$HOME/${file#"~/"}
        # awk would take a relative NAME=VALUE for an assignment.
        [[ $file == /* ]] || file=./$file
        [[ -f $file && -r $file ]] && files+=("kind=$kind" "$file")
    done
    (( ${#files[@]} )) || return 0
    LC_ALL=C awk -v suffix="$suffix" '
@PROFILES_AWK@
' "${files[@]}" 2>/dev/null
}

# Sets __awsmfa_form to what follows "=" in the table word of option $1, plus "=" (so a free value
# is "="); fails for a flag or an unknown option.
__awsmfa_form_of() {
    local word
    __awsmfa_form=
    for word in "${__awsmfa_words[@]}"; do
        if [[ $word == "$1="* ]]; then
            __awsmfa_form="${word#*=}="
            return 0
        fi
    done
    return 1
}

# Reads the words between "awsmfa" and the cursor, given as arguments: sets __awsmfa_words to the
# table of the command being typed, __awsmfa_expect to the form of an option still awaiting its
# value (empty if none), __awsmfa_suffix to the long-term suffix, and __awsmfa_start to the
# position (among the arguments, from 1) where the command exec runs begins, empty if none.
__awsmfa_walk() {
    local word i=0 command=awsmfa
    __awsmfa_expect= __awsmfa_suffix=long-term __awsmfa_start=
    __awsmfa_words_of awsmfa
    for word; do
        i=$(( i + 1 ))
        if [[ -n $__awsmfa_expect ]]; then
            [[ $__awsmfa_expect == @suffix= ]] && __awsmfa_suffix=$word
            __awsmfa_expect=
            continue
        fi
        case $word in
            --)
                if __awsmfa_form_of : && [[ $__awsmfa_form == @command= ]]; then
                    __awsmfa_start=$(( i + 1 ))
                    return 0
                fi
                continue
                ;;
            --*=*)
                __awsmfa_form_of "${word%%=*}" && [[ $__awsmfa_form == @suffix= ]] && __awsmfa_suffix=${word#*=}
                continue
                ;;
            -*)
                __awsmfa_form_of "$word" && __awsmfa_expect=$__awsmfa_form
                continue
                ;;
        esac
        if [[ $command == awsmfa && " ${__awsmfa_words[*]} " == *" +$word "* ]]; then
            command=$word
            __awsmfa_words_of "$command"
        elif __awsmfa_form_of : && [[ $__awsmfa_form == @command= ]]; then
            # exec stops reading options at the command's name.
            __awsmfa_start=$i
            return 0
        fi
    done
    return 0
}
