# Writes the man page wsafix.1 from the help texts of the built executable, so that the page and
# `wsafix --help` never disagree. Run at build time:
#   cmake -DWSAFIX=path/to/wsafix -DVERSION=x.y.z -DOUT=wsafix.1 -P ManPage.cmake
foreach(var WSAFIX VERSION OUT)
    if(NOT DEFINED ${var})
        message(FATAL_ERROR "ManPage.cmake: -D${var}=... is required")
    endif()
endforeach()

function(help_of out)
    # --lang en: the man page is English whatever the language of the machine that builds it.
    execute_process(COMMAND "${WSAFIX}" --lang en ${ARGN} --help OUTPUT_VARIABLE text RESULT_VARIABLE rc)
    if(NOT rc EQUAL 0)
        message(FATAL_ERROR "ManPage.cmake: '${WSAFIX} ${ARGN} --help' exited with ${rc}")
    endif()
    set(${out} "${text}" PARENT_SCOPE)
endfunction()

# Preformatted troff: backslashes, leading dots/quotes and minus signs escaped.
function(troff_block out text)
    string(REPLACE "\\" "\\e" text "${text}")
    string(REPLACE "-" "\\-" text "${text}")
    string(REGEX REPLACE "(^|\n)([.'])" "\\1\\\\&\\2" text "${text}")
    string(REGEX REPLACE "\n+$" "" text "${text}")
    set(${out} ".nf\n${text}\n.fi\n" PARENT_SCOPE)
endfunction()

help_of(overview)
# The commands are the indented names under "Commands:" in the overview.
string(REGEX MATCH "Commands:\n(  [^\n]*\n)+" listing "${overview}")
string(REGEX MATCHALL "\n  [a-z]+" names "${listing}")
set(sections "")
foreach(name IN LISTS names)
    string(STRIP "${name}" name)
    if(name STREQUAL "help" OR name STREQUAL "version")
        continue()
    endif()
    help_of(text ${name})
    troff_block(block "${text}")
    string(APPEND sections ".SS \"wsafix ${name}\"\n${block}")
endforeach()
if(sections STREQUAL "")
    message(FATAL_ERROR "ManPage.cmake: no commands found in '${WSAFIX} --help'")
endif()
troff_block(description "${overview}")

file(WRITE "${OUT}" ".TH WSAFIX 1 \"\" \"wsafix ${VERSION}\" \"User Commands\"
.SH NAME
wsafix \\- repair wizard for Winsock connection errors such as 10056 (WSAEISCONN)
.SH SYNOPSIS
.B wsafix
[\\fIOPTIONS\\fR]
.br
.B wsafix \\-\\-link
\\fIwsafix://diagnose?...\\fR
.br
.B wsafix
\\fICOMMAND\\fR [\\fIOPTIONS\\fR]
.SH DESCRIPTION
${description}.SH COMMANDS
${sections}.SH SUPPORT LINKS
A support link such as
.B wsafix://diagnose?code=0x00002748&host=example.com&port=443&ticket=INC0012345
opens the wizard with its first page filled in. Every parameter is optional and checked; a link never
applies a fix, restores a snapshot, runs a command or chooses a file. When a wizard is already open for the
same user, the link is handed to it, and it asks before it replaces what is on screen.
A link stands alone: given with \\-\\-link (or as the only argument), any other argument beside it is
refused (exit status 2), so a link cannot choose a state directory, a simulated machine or a session.
The package registers wsafix as the handler of the
.B x\\-scheme\\-handler/wsafix
type through its desktop file; to make it the default for one user, run
.B xdg\\-mime default wsafix.desktop x\\-scheme\\-handler/wsafix
.SH FILES
.TP
.I ~/.local/state/wsafix
sessions, snapshots and the journal (or the directory given with \\-\\-state\\-dir)
.TP
.I /usr/share/applications/wsafix.desktop
the launcher entry and the wsafix:// URL handler
.SH EXIT STATUS
0 fine, 1 problems found or verification failed, 2 bad input or usage, 3 needs elevation, 4 internal error.
")
