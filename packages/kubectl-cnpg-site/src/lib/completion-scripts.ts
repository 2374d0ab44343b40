/**
 * Completion scripts for `kubectl-cnpg_site` run directly. Each asks the program itself
 * (`kubectl-cnpg_site __complete WORDS...`) and follows Cobra's directives: 2 no space after the
 * word, 4 no file names, 16 directories only; otherwise file names when nothing else matches.
 */

export const SHELLS = ['bash', 'zsh', 'fish'] as const;
export type Shell = (typeof SHELLS)[number];

const BIN = 'kubectl-cnpg_site';

const BASH = `# bash completion for ${BIN} (kubectl cnpg-site)
# Load it in this shell:   source <(${BIN} completion bash)
_kubectl_cnpg_site() {
    local line="\${COMP_LINE:0:COMP_POINT}" cur out directive c
    local -a words lines
    read -r -a words <<<"$line"
    if [[ -z "$line" || "$line" =~ [[:space:]]$ ]]; then words+=(""); fi
    cur="\${words[\${#words[@]}-1]}"
    out="$("\${words[0]}" __complete "\${words[@]:1}" 2>/dev/null)" || return 0
    mapfile -t lines <<<"$out"
    directive="\${lines[\${#lines[@]}-1]#:}"
    [[ "$directive" =~ ^[0-9]+$ ]] || directive=0
    unset 'lines[\${#lines[@]}-1]'
    COMPREPLY=()
    if (( directive & 1 )); then return 0; fi
    for c in "\${lines[@]}"; do
        c="\${c%%$'\\t'*}"
        # With = among the word breaks, bash completes only what follows it.
        if [[ "$cur" == *=* && "$COMP_WORDBREAKS" == *=* ]]; then c="\${c#\${cur%%=*}=}"; fi
        [[ -n "$c" ]] && COMPREPLY+=("$c")
    done
    if (( directive & 2 )); then compopt -o nospace 2>/dev/null; fi
    if (( \${#COMPREPLY[@]} == 0 )); then
        if (( directive & 16 )); then
            compopt -o filenames 2>/dev/null
            mapfile -t COMPREPLY < <(compgen -d -- "$cur")
        elif (( directive & 4 )); then
            compopt +o default 2>/dev/null
        else
            compopt -o filenames 2>/dev/null
            mapfile -t COMPREPLY < <(compgen -f -- "$cur")
        fi
    fi
    return 0
}
complete -o default -F _kubectl_cnpg_site ${BIN}
`;

const ZSH = `#compdef ${BIN}
# zsh completion for ${BIN} (kubectl cnpg-site)
# Load it in this shell:   source <(${BIN} completion zsh)
_kubectl_cnpg_site() {
    local out directive line value desc
    local -a lines comps
    out="$(\${words[1]} __complete "\${(@)words[2,CURRENT]}" 2>/dev/null)" || return 1
    lines=("\${(@f)out}")
    directive="\${lines[-1]#:}"
    [[ "$directive" == <-> ]] || directive=0
    lines=("\${(@)lines[1,-2]}")
    (( directive & 1 )) && return 1
    for line in "\${lines[@]}"; do
        [[ -z "$line" ]] && continue
        value="\${line%%$'\\t'*}"
        desc=""
        [[ "$line" == *$'\\t'* ]] && desc="\${line#*$'\\t'}"
        value="\${value//:/\\\\:}"
        if [[ -n "$desc" ]]; then comps+=("$value:$desc"); else comps+=("$value"); fi
    done
    if (( \${#comps} > 0 )); then
        local -a opts=()
        (( directive & 2 )) && opts=(-S '')
        _describe -t values 'values' comps "\${opts[@]}"
        return
    fi
    if (( directive & 16 )); then _files -/
    elif (( directive & 4 )); then return 1
    else _files
    fi
}
if [[ "$funcstack[1]" == _kubectl_cnpg_site ]]; then
    _kubectl_cnpg_site "$@"
else
    compdef _kubectl_cnpg_site ${BIN}
fi
`;

const FISH = `# fish completion for ${BIN} (kubectl cnpg-site)
# Load it in this shell:   ${BIN} completion fish | source
function __kubectl_cnpg_site_complete
    set -l args (commandline -opc)
    set -l cur (commandline -ct)
    set -l out ($args[1] __complete $args[2..-1] "$cur" 2>/dev/null)
    or return
    set -l directive (string replace -r '^:' '' -- $out[-1])
    string match -qr '^[0-9]+$' -- $directive; or set directive 0
    set -e out[-1]
    if test (math "bitand($directive, 1)") -ne 0
        return
    end
    if test (count $out) -gt 0
        printf '%s\\n' $out
    else if test (math "bitand($directive, 16)") -ne 0
        __fish_complete_directories $cur
    else if test (math "bitand($directive, 4)") -eq 0
        __fish_complete_path $cur
    end
end
complete -c ${BIN} -e
complete -c ${BIN} -f -a '(__kubectl_cnpg_site_complete)'
`;

export function completionScript(shell: Shell): string {
  return shell === 'bash' ? BASH : shell === 'zsh' ? ZSH : FISH;
}
