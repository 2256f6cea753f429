# Drives the completion function of a generated script as bash does on a TAB press: COMP_WORDS, COMP_CWORD,
# COMP_LINE and COMP_POINT for the line typed so far, then prints COMPREPLY one per line.
# usage: bash drive.bash SCRIPT "smartregion assess -f "
source "$1"
line="$2"
COMP_LINE="$line"
COMP_POINT=${#COMP_LINE}
read -ra COMP_WORDS <<< "$line"
if [[ "$line" == *" " ]]; then
  COMP_WORDS+=("")
fi
COMP_CWORD=$(( ${#COMP_WORDS[@]} - 1 ))
# compopt works only inside a real completion; here it would print an error for every call
compopt() { :; }
_complete_smartregion smartregion "${COMP_WORDS[COMP_CWORD]}" "${COMP_WORDS[COMP_CWORD-1]}"
printf '%s\n' "${COMPREPLY[@]}"
