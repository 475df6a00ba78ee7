<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AnalyzeCommand</name>
    <message>
        <source>note: %1</source>
        <translation>Hinweis: %1</translation>
    </message>
    <message>
        <source>lines %1-%2: %3, %4</source>
        <translation>Zeilen %1-%2: %3, %4</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n Element</numerusform>
            <numerusform>%n Elemente</numerusform>
        </translation>
    </message>
    <message>
        <source>reset done</source>
        <translation>Reset ausgeführt</translation>
    </message>
    <message>
        <source>reset not done</source>
        <translation>Reset nicht ausgeführt</translation>
    </message>
    <message numerus="yes">
        <source>%n step(s) OK</source>
        <translation>
            <numerusform>%n Schritt OK</numerusform>
            <numerusform>%n Schritte OK</numerusform>
        </translation>
    </message>
    <message>
        <source>, restart required</source>
        <translation>, Neustart erforderlich</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>not used: lines %1-%2: %3: %4</source>
        <translation>nicht verwendet: Zeilen %1-%2: %3: %4</translation>
    </message>
    <message>
        <source>not used: line %1: %3: %4</source>
        <translation>nicht verwendet: Zeile %1: %3: %4</translation>
    </message>
    <message>
        <source>No problems found in the pasted outputs.</source>
        <translation>Keine Probleme in den eingefügten Ausgaben gefunden.</translation>
    </message>
    <message numerus="yes">
        <source>Findings (%n), worst first:</source>
        <translation>
            <numerusform>Befund (%n):</numerusform>
            <numerusform>Befunde (%n), das schlimmste zuerst:</numerusform>
        </translation>
    </message>
    <message>
        <source>wsafix analyze: missing FILE (a saved command output, or - for standard input; see wsafix analyze --help)</source>
        <translation>wsafix analyze: DATEI fehlt (eine gespeicherte Befehlsausgabe oder - für die Standardeingabe; siehe wsafix analyze --help)</translation>
    </message>
    <message>
        <source>wsafix analyze: %1: no command output wsafix knows was recognised (known: netsh winsock show catalog, ipconfig [/all], netstat -ano, Get-NetTCPConnection, Test-NetConnection, netsh int ip reset, netsh winsock reset, netsh interface ip show config, netsh interface dump, Event Viewer text)</source>
        <translation>wsafix analyze: %1: Keine Befehlsausgabe erkannt, die wsafix kennt (bekannt: netsh winsock show catalog, ipconfig [/all], netstat -ano, Get-NetTCPConnection, Test-NetConnection, netsh int ip reset, netsh winsock reset, netsh interface ip show config, netsh interface dump, Text der Ereignisanzeige)</translation>
    </message>
    <message>
        <source>wsafix analyze: pasted outputs</source>
        <translation>wsafix analyze: eingefügte Ausgaben</translation>
    </message>
    <message>
        <source>wsafix analyze: pasted outputs of %1</source>
        <translation>wsafix analyze: eingefügte Ausgaben von %1</translation>
    </message>
    <message>
        <source>Session %1 saved in %2</source>
        <translation>Sitzung %1 gespeichert in %2</translation>
    </message>
</context>
<context>
    <name>CliText</name>
    <message>
        <source>critical</source>
        <translation>kritisch</translation>
    </message>
    <message>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>info</source>
        <translation>Info</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Usage: wsafix decode CODE [--json]

Explains a Winsock or socket error in any form users paste: 0x00002748, 0x2748, 2748h, 10056,
WSAEISCONN, EISCONN, errno 106, HRESULT 0x80072748, &apos;Socket error # 10056&apos;, a whole log line.
  --json   machine-readable output (name, decimal, hex, hresult, message, meaning, causes,
           neighbours)

Exit: 0 decoded, 2 not understood (the output says what was understood and the nearest codes).
</source>
        <translation>Aufruf: wsafix decode CODE [--json]

Erklärt einen Winsock- oder Socket-Fehler in jeder Form, in der Benutzer ihn einfügen: 0x00002748, 0x2748, 2748h,
10056, WSAEISCONN, EISCONN, errno 106, HRESULT 0x80072748, &apos;Socket error # 10056&apos;, eine ganze Protokollzeile.
  --json   maschinenlesbare Ausgabe (name, decimal, hex, hresult, message, meaning, causes,
           neighbours)

Exit: 0 entschlüsselt, 2 nicht verstanden (die Ausgabe nennt, was verstanden wurde, und die nächsten Codes).
</translation>
    </message>
    <message>
        <source>Usage: wsafix link make [--code C] [--process P] [--host H] [--port N] [--ticket T]
       wsafix link check URL [--json]

Support links open the wizard with its first page filled in, e.g.
  wsafix://diagnose?code=0x00002748&amp;process=app.exe&amp;host=example.com&amp;port=443&amp;ticket=INC0012345
A link only fills in that page: it can never apply a fix, restore a snapshot, run a command or
choose a file.

link make     prints a link for an email; every value is checked as the wizard will check it
  --code C      the error code (must decode: wsafix decode C)
  --process P   the failing program&apos;s name, e.g. OrderSync.exe (letters, digits, space . _ + -)
  --host H      the server it fails to reach: a DNS name or an IPv4/IPv6 address
  --port N      its port (1-65535)
  --ticket T    the ticket number (letters, digits . _ # -, at most 64)
link check    says what URL would fill in, or why it is refused; never opens a window
  --json        machine-readable output (keys: schema, accepted, prefill, link, error, parameter)

Exit: 0 valid, 2 refused or bad usage.
</source>
        <translation>Aufruf: wsafix link make [--code C] [--process P] [--host H] [--port N] [--ticket T]
        wsafix link check URL [--json]

Supportlinks öffnen den Assistenten mit ausgefüllter erster Seite, z. B.
  wsafix://diagnose?code=0x00002748&amp;process=app.exe&amp;host=example.com&amp;port=443&amp;ticket=INC0012345
Ein Link füllt nur diese Seite aus: Er kann nie eine Korrektur anwenden, einen Snapshot wiederherstellen, einen
Befehl ausführen oder eine Datei wählen.

link make     gibt einen Link für eine E-Mail aus; jeder Wert wird so geprüft, wie der Assistent ihn prüfen wird
  --code C      der Fehlercode (muss sich entschlüsseln lassen: wsafix decode C)
  --process P   der Name des fehlerhaften Programms, z. B. OrderSync.exe (Buchstaben, Ziffern, Leerzeichen . _ + -)
  --host H      der Server, den es nicht erreicht: ein DNS-Name oder eine IPv4-/IPv6-Adresse
  --port N      sein Port (1-65535)
  --ticket T    die Ticketnummer (Buchstaben, Ziffern . _ # -, höchstens 64)
link check    sagt, was URL ausfüllen würde oder warum er abgelehnt wird; öffnet nie ein Fenster
  --json        maschinenlesbare Ausgabe (Schlüssel: schema, accepted, prefill, link, error, parameter)

Exit: 0 gültig, 2 abgelehnt oder falscher Aufruf.
</translation>
    </message>
    <message>
        <source>Usage: wsafix snapshots list | show ID | restore ID [--json]

The snapshots taken before each fix, in the state directory.
  list         every snapshot, with DAMAGED for one whose checksums do not match
  show ID      what a snapshot holds (checksums verified first)
  restore ID   put the machine back as the snapshot holds it (after rolling back
               anything an interrupted run left open); a damaged snapshot is refused

Exit: 0 done, 1 damaged snapshot or failed restore, 2 bad input, 3 needs elevation.
</source>
        <translation>Aufruf: wsafix snapshots list | show ID | restore ID [--json]

Die vor jeder Korrektur erstellten Snapshots im Statusverzeichnis.
  list         alle Snapshots, mit DAMAGED für einen, dessen Prüfsummen nicht stimmen
  show ID      was ein Snapshot enthält (Prüfsummen werden zuerst geprüft)
  restore ID   den Computer so zurücksetzen, wie der Snapshot ihn enthält (nachdem zurückgesetzt wurde,
               was ein unterbrochener Lauf offen ließ); ein beschädigter Snapshot wird abgelehnt

Exit: 0 erledigt, 1 beschädigter Snapshot oder fehlgeschlagene Wiederherstellung, 2 ungültige Eingabe,
3 benötigt Administratorrechte.
</translation>
    </message>
    <message>
        <source>Usage: wsafix verify --host H --port P [--count N] [--json]

Proves (or disproves) a fix: examines the machine again and compares it with the latest session&apos;s
detect (Winsock catalog, the failing program&apos;s TCP states, adapters, new events, findings), resolves
H on its own (a name that does not resolve is not a closed port), then connects to H:P N times.
  --host H    the host the failing program connects to
  --port P    its port (1-65535)
  --count N   connection attempts (1-1000, default 10; 2 s time-out each)
  --json      machine-readable output (keys: schema, session, system, verification)

Continues the latest session of the state directory and saves the verification into it; without
one it still connects, and says that there was nothing to compare with.
Exit: 0 fixed, 1 not fixed or could not verify, 2 bad input.
</source>
        <translation>Aufruf: wsafix verify --host H --port P [--count N] [--json]

Beweist (oder widerlegt) eine Korrektur: untersucht den Computer erneut und vergleicht ihn mit detect der neuesten
Sitzung (Winsock-Katalog, TCP-Zustände des fehlerhaften Programms, Adapter, neue Ereignisse, Befunde), löst H
selbst auf (ein Name, der sich nicht auflösen lässt, ist kein geschlossener Port) und verbindet sich dann N-mal mit H:P.
  --host H    der Host, mit dem sich das fehlerhafte Programm verbindet
  --port P    sein Port (1-65535)
  --count N   Verbindungsversuche (1-1000, Standard 10; je 2 s Zeitlimit)
  --json      maschinenlesbare Ausgabe (Schlüssel: schema, session, system, verification)

Setzt die neueste Sitzung des Statusverzeichnisses fort und speichert die Überprüfung darin; ohne Sitzung
verbindet es sich trotzdem und sagt, dass es nichts zu vergleichen gab.
Exit: 0 behoben, 1 nicht behoben oder nicht überprüfbar, 2 ungültige Eingabe.
</translation>
    </message>
    <message>
        <source>unknown option &apos;--%1&apos; for &apos;%2&apos; (see wsafix --help)</source>
        <translation>unbekannte Option &apos;--%1&apos; für &apos;%2&apos; (siehe wsafix --help)</translation>
    </message>
    <message>
        <source>unknown option &apos;--%1&apos; (see wsafix --help)</source>
        <translation>unbekannte Option &apos;--%1&apos; (siehe wsafix --help)</translation>
    </message>
    <message>
        <source>option &apos;--%1&apos; needs a value</source>
        <translation>Option &apos;--%1&apos; braucht einen Wert</translation>
    </message>
    <message>
        <source>option &apos;--%1&apos; takes no value</source>
        <translation>Option &apos;--%1&apos; nimmt keinen Wert</translation>
    </message>
    <message>
        <source>option &apos;%1&apos; needs a value</source>
        <translation>Option &apos;%1&apos; braucht einen Wert</translation>
    </message>
    <message>
        <source>unknown option &apos;%1&apos; (see wsafix --help)</source>
        <translation>unbekannte Option &apos;%1&apos; (siehe wsafix --help)</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos; (see wsafix --help)</source>
        <translation>unbekannter Befehl &apos;%1&apos; (siehe wsafix --help)</translation>
    </message>
    <message>
        <source>too many arguments: &apos;%1&apos; (see wsafix --help)</source>
        <translation>zu viele Argumente: &apos;%1&apos; (siehe wsafix --help)</translation>
    </message>
    <message>
        <source>Usage: wsafix guard --snapshot ID --timeout S [--session ID]

The auto-revert watchdog, started detached by wsafix fix and the wizard before a fix that can cut
the machine off: unless the change is confirmed within S seconds (1-3600), it restores snapshot ID
and records that in the session. Its files are in the guard folder of the state directory.

Exit: 0 confirmed or restored, 1 the restore failed or the snapshot was refused, 2 bad input.
</source>
        <translation>Aufruf: wsafix guard --snapshot ID --timeout S [--session ID]

Der Rücksetz-Wächter, von wsafix fix und vom Assistenten losgelöst gestartet vor einer Korrektur, die den
Computer vom Netz trennen kann: Wird die Änderung nicht innerhalb von S Sekunden (1-3600) bestätigt, stellt er
Snapshot ID wieder her und hält das in der Sitzung fest. Seine Dateien liegen im Ordner guard des Statusverzeichnisses.

Exit: 0 bestätigt oder wiederhergestellt, 1 Wiederherstellung fehlgeschlagen oder Snapshot abgelehnt, 2 ungültige Eingabe.
</translation>
    </message>
    <message>
        <source>Usage: wsafix fix ID... [--dry-run] [--yes] [--json] [--guard-timeout S] [--session ID]

Applies fixes, each the safe way: a snapshot of everything it may change, every step journaled,
a check that it worked, and a rollback on the spot when it did not. IDs as `wsafix detect`
recommends them, e.g. flush-dns, restart-adapter:eth0, reapply-ip:eth0,
remove-preload:/usr/lib/libx.so, restart-service:NetworkManager.service.
  --dry-run   print the exact commands and the snapshots it would take; change nothing
  --yes       really change this machine (not needed on a --scenario machine)
  --json      machine-readable output
  --guard-timeout S   fixes that can cut the machine off (restart-adapter, reapply-ip, ip-reset)
              run under an auto-revert watchdog: unless their check confirms the machine within
              S seconds (default 60), the snapshot is restored. 0: no watchdog, which is refused
              for the adapter that carries the SSH or Remote Desktop session wsafix runs in
  --session ID        continue that session instead of the latest (the elevated fix step)

First rolls back what an interrupted earlier run left half-done. Continues the state
directory&apos;s latest session. Exit: 0 applied and checked, 1 failed (rolled back) or not
verified, 2 bad input or --yes missing, 3 needs root/administrator rights.
</source>
        <translation>Aufruf: wsafix fix ID... [--dry-run] [--yes] [--json] [--guard-timeout S] [--session ID]

Wendet Korrekturen an, jede auf die sichere Art: ein Snapshot von allem, was sie ändern kann, jeder Schritt
protokolliert, eine Prüfung, ob sie gewirkt hat, und sofortiges Zurücksetzen, wenn nicht. IDs so, wie
`wsafix detect` sie empfiehlt, z. B. flush-dns, restart-adapter:eth0, reapply-ip:eth0,
remove-preload:/usr/lib/libx.so, restart-service:NetworkManager.service.
  --dry-run   die genauen Befehle und die Snapshots ausgeben, die sie erstellen würde; nichts ändern
  --yes       diesen Computer wirklich ändern (auf einem --scenario-Computer nicht nötig)
  --json      maschinenlesbare Ausgabe
  --guard-timeout S   Korrekturen, die den Computer vom Netz trennen können (restart-adapter, reapply-ip,
              ip-reset), laufen unter einem Rücksetz-Wächter: Bestätigt ihre Prüfung den Computer nicht
              innerhalb von S Sekunden (Standard 60), wird der Snapshot wiederhergestellt. 0: kein Wächter;
              abgelehnt für den Adapter, über den die SSH- oder Remotedesktop-Sitzung von wsafix läuft
  --session ID        diese Sitzung statt der neuesten fortsetzen (der Schritt mit erhöhten Rechten)

Setzt zuerst zurück, was ein unterbrochener früherer Lauf halb erledigt hinterließ. Setzt die neueste Sitzung
des Statusverzeichnisses fort. Exit: 0 angewendet und geprüft, 1 fehlgeschlagen (zurückgesetzt) oder nicht
überprüft, 2 ungültige Eingabe oder --yes fehlt, 3 benötigt Root-/Administratorrechte.
</translation>
    </message>
    <message>
        <source>Usage: wsafix [OPTIONS]
       wsafix --link wsafix://diagnose?...
       wsafix COMMAND [OPTIONS]

Finds and fixes the causes of Winsock connection errors such as 10056 (WSAEISCONN,
&quot;A connect request was made on an already connected socket&quot;).

Without a command, opens the repair wizard; with a support link (--link wsafix://diagnose?code=...,
or the link alone), opens it with the first page filled in (wsafix link --help). A link stands
alone: any other argument beside it is refused. --resume SESSION re-opens the wizard on that
session&apos;s verify page (after the restart a fix needed).

Commands:
  decode CODE   explain an error code (0x00002748, 10056, WSAEISCONN, ...)
  detect        examine the machine and list findings (wsafix detect --help)
  analyze FILE  findings from command outputs pasted from another machine
  link          make or check a support link (wsafix link --help)
  report        write a session&apos;s report: html, pdf, json, md (wsafix report --help)
  fix ID...     apply fixes with snapshot, check and rollback (wsafix fix --help)
  snapshots     list, show or restore snapshots (wsafix snapshots --help)
  verify        prove a fix: compare with detect, connect to the target (wsafix verify --help)
  version       print the version
  help [CMD]    this text, or a command&apos;s help

Options for every command:
  --scenario NAME|FILE  a simulated machine instead of this one (built in: clean,
                        lsp-adware, app-reconnect-bug)
  --state-dir DIR       where sessions live (default: the per-user state folder)
  --lang CODE           language of the user interface
  --help                help
  --version             print the version

Exit codes: 0 fine, 1 problems found, 2 bad input or usage, 3 needs elevation, 4 internal error.
</source>
        <translation>Aufruf: wsafix [OPTIONEN]
        wsafix --link wsafix://diagnose?...
        wsafix BEFEHL [OPTIONEN]

Findet und behebt die Ursachen von Winsock-Verbindungsfehlern wie 10056 (WSAEISCONN,
„Für einen bereits verbundenen Socket wurde eine Verbindungsanforderung gestellt“).

Ohne Befehl öffnet es den Reparaturassistenten; mit einem Supportlink (--link wsafix://diagnose?code=...
oder der Link allein) öffnet es ihn mit ausgefüllter erster Seite (wsafix link --help). Ein Link steht
allein: jedes weitere Argument daneben wird abgelehnt. --resume SITZUNG öffnet den
Assistenten auf der Überprüfungsseite dieser Sitzung (nach dem Neustart, den eine Korrektur brauchte).

Befehle:
  decode CODE   einen Fehlercode erklären (0x00002748, 10056, WSAEISCONN, ...)
  detect        den Computer untersuchen und Befunde auflisten (wsafix detect --help)
  analyze DATEI Befunde aus Befehlsausgaben, die von einem anderen Computer eingefügt wurden
  link          einen Supportlink erstellen oder prüfen (wsafix link --help)
  report        den Bericht einer Sitzung schreiben: html, pdf, json, md (wsafix report --help)
  fix ID...     Korrekturen mit Snapshot, Prüfung und Zurücksetzen anwenden (wsafix fix --help)
  snapshots     Snapshots auflisten, anzeigen oder wiederherstellen (wsafix snapshots --help)
  verify        eine Korrektur beweisen: mit detect vergleichen, zum Ziel verbinden (wsafix verify --help)
  version       die Version ausgeben
  help [BEFEHL] dieser Text oder die Hilfe eines Befehls

Optionen für jeden Befehl:
  --scenario NAME|DATEI  ein simulierter Computer statt dieses (eingebaut: clean,
                         lsp-adware, app-reconnect-bug)
  --state-dir VERZ       wo Sitzungen liegen (Standard: der Statusordner des Benutzers)
  --lang CODE            Sprache der Benutzeroberfläche
  --help                 Hilfe
  --version              die Version ausgeben

Exit-Codes: 0 in Ordnung, 1 Probleme gefunden, 2 ungültige Eingabe oder falscher Aufruf, 3 benötigt
Administratorrechte, 4 interner Fehler.
</translation>
    </message>
    <message>
        <source>a support link must be the only argument; refused: %1</source>
        <translation>ein Supportlink muss das einzige Argument sein; abgelehnt: %1</translation>
    </message>
    <message>
        <source>the support link is empty</source>
        <translation>der Supportlink ist leer</translation>
    </message>
    <message>
        <source>Usage: wsafix report (--last | --session ID) --format html|pdf|json|md [--redact | --no-redact]
                     -o FILE

Writes the report of a session: what was wrong, the evidence, every action with its commands,
the verification and what to do next.
  --last          the newest session in the state directory
  --session ID    that session (see the sessions folder of the state directory)
  --format F      html (one self-contained page), pdf (A4), json (the whole session, loadable
                  again, schema wsafix.report/1), md (a summary of under 60 lines for a ticket);
                  default: the extension of FILE
  --redact        replace user and host names, addresses, SIDs, e-mail addresses, DUIDs,
                  network and domain names with placeholders such as &lt;ip-1&gt; (the same value,
                  the same placeholder); md is redacted unless --no-redact is given
  --no-redact     the full detail, also for md
  -o, --output F  the file to write (atomically: never half-written); - is standard output
                  for html, json and md

Exit: 0 written, 2 bad input (no such session, unknown format, output not writable).
</source>
        <translation>Aufruf: wsafix report (--last | --session ID) --format html|pdf|json|md [--redact | --no-redact]
                      -o DATEI

Schreibt den Bericht einer Sitzung: was nicht stimmte, die Belege, jede Aktion mit ihren Befehlen,
die Überprüfung und die nächsten Schritte.
  --last          die neueste Sitzung im Statusverzeichnis
  --session ID    diese Sitzung (siehe den Ordner sessions des Statusverzeichnisses)
  --format F      html (eine eigenständige Seite), pdf (A4), json (die ganze Sitzung, wieder ladbar,
                  Schema wsafix.report/1), md (eine Zusammenfassung unter 60 Zeilen für ein Ticket);
                  Standard: die Endung von DATEI
  --redact        Benutzer- und Hostnamen, Adressen, SIDs, E-Mail-Adressen, DUIDs, Netzwerk- und
                  Domänennamen durch Platzhalter wie &lt;ip-1&gt; ersetzen (gleicher Wert, gleicher
                  Platzhalter); md wird geschwärzt, außer mit --no-redact
  --no-redact     alle Einzelheiten, auch für md
  -o, --output F  die zu schreibende Datei (atomar: nie halb geschrieben); - ist die Standardausgabe
                  für html, json und md

Exit: 0 geschrieben, 2 ungültige Eingabe (keine solche Sitzung, unbekanntes Format, Ausgabe nicht beschreibbar).
</translation>
    </message>
    <message>
        <source>Usage: wsafix detect [--process NAME | --pid N] [--host H --port P] [--code C] [--ticket T]
                     [--probes LIST] [--json]

Examines this machine (or the --scenario machine) and lists what is wrong, worst first.
  --process NAME   the failing application&apos;s process name (e.g. OrderSync.exe)
  --pid N          the failing application&apos;s process id
  --host H         the host the application fails to reach
  --port P         its port (1-65535)
  --code C         the error as the user has it (0x00002748, 10056, WSAEISCONN), for the report
  --ticket T       the support ticket, written into the report
  --probes LIST    only these probes, comma-separated: catalog,sockets,processes,adapters,events,
                   connectivity (a TCP connection to --host:--port; runs by default with them)
  --json           machine-readable output (keys: schema, system, catalog, sockets, adapters,
                   events, findings)

Starts a new session in the state directory. Exit: 0 no findings, 1 findings, 2 bad input.
</source>
        <translation>Aufruf: wsafix detect [--process NAME | --pid N] [--host H --port P] [--code C] [--ticket T]
                      [--probes LISTE] [--json]

Untersucht diesen Computer (oder den --scenario-Computer) und listet auf, was nicht stimmt, das Schlimmste zuerst.
  --process NAME   der Prozessname der fehlerhaften Anwendung (z. B. OrderSync.exe)
  --pid N          die Prozess-ID der fehlerhaften Anwendung
  --host H         der Host, den die Anwendung nicht erreicht
  --port P         sein Port (1-65535)
  --code C         der Fehler, wie der Benutzer ihn hat (0x00002748, 10056, WSAEISCONN), für den Bericht
  --ticket T       das Support-Ticket, das in den Bericht geschrieben wird
  --probes LISTE   nur diese Prüfungen, durch Kommas getrennt: catalog,sockets,processes,adapters,events,
                   connectivity (eine TCP-Verbindung zu --host:--port; läuft mit ihnen standardmäßig)
  --json           maschinenlesbare Ausgabe (Schlüssel: schema, system, catalog, sockets, adapters,
                   events, findings)

Beginnt eine neue Sitzung im Statusverzeichnis. Exit: 0 keine Befunde, 1 Befunde, 2 ungültige Eingabe.
</translation>
    </message>
    <message>
        <source>Usage: wsafix analyze FILE... [--process NAME | --pid N] [--host H --port P] [--code C] [--ticket T]
                      [--json]

Reads command outputs pasted or saved on another machine (- reads standard input) and lists what
is wrong there, with the same rules as detect. Understood: netsh winsock show catalog, ipconfig,
ipconfig /all, netstat -ano/-an/-aonb, Get-NetTCPConnection, Test-NetConnection, netsh int ip reset,
netsh winsock reset, netsh interface ip show config, netsh interface dump, Event Viewer text.
UTF-8, UTF-16 and OEM/ANSI code pages (437, 850, 866, 1251, 1252, 936) are detected; prompt lines,
&apos;&gt; &apos; quotes, doubled and cut-off lines are handled. Lines that cannot be used are listed.
  --process, --pid, --host, --port, --code, --ticket   what the user told you, as for detect
  --json   machine-readable output: the keys of detect --json plus inputs (per input: encoding,
           recognised outputs, unparsed lines)

Starts a new session. Exit: 0 no findings, 1 findings, 2 unreadable file or nothing recognised.
</source>
        <translation>Aufruf: wsafix analyze DATEI... [--process NAME | --pid N] [--host H --port P] [--code C] [--ticket T]
                                [--json]

Liest Befehlsausgaben, die auf einem anderen Computer eingefügt oder gespeichert wurden (- liest die Standardeingabe),
und listet mit denselben Regeln wie detect auf, was dort nicht stimmt. Verstanden werden: netsh winsock show catalog,
ipconfig, ipconfig /all, netstat -ano/-an/-aonb, Get-NetTCPConnection, Test-NetConnection, netsh int ip reset,
netsh winsock reset, netsh interface ip show config, netsh interface dump, Text der Ereignisanzeige.
UTF-8, UTF-16 und OEM/ANSI-Codepages (437, 850, 866, 1251, 1252, 936) werden erkannt; Eingabeaufforderungen,
&apos;&gt; &apos;-Zitate, doppelte und abgeschnittene Zeilen werden behandelt. Nicht verwendbare Zeilen werden aufgelistet.
  --process, --pid, --host, --port, --code, --ticket   was der Benutzer Ihnen gesagt hat, wie bei detect
  --json   maschinenlesbare Ausgabe: die Schlüssel von detect --json und dazu inputs (je Eingabe: Kodierung,
           erkannte Ausgaben, nicht gelesene Zeilen)

Beginnt eine neue Sitzung. Exit: 0 keine Befunde, 1 Befunde, 2 unlesbare Datei oder nichts erkannt.
</translation>
    </message>
</context>
<context>
    <name>DecodeCommand</name>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Decimal:</source>
        <translation>Dezimal:</translation>
    </message>
    <message>
        <source>Hex:</source>
        <translation>Hex:</translation>
    </message>
    <message>
        <source>HRESULT:</source>
        <translation>HRESULT:</translation>
    </message>
    <message>
        <source>Message:</source>
        <translation>Meldung:</translation>
    </message>
    <message>
        <source>Windows:</source>
        <translation>Windows:</translation>
    </message>
    <message>
        <source>Linux:</source>
        <translation>Linux:</translation>
    </message>
    <message>
        <source>no errno equivalent</source>
        <translation>keine errno-Entsprechung</translation>
    </message>
    <message>
        <source>Read as:</source>
        <translation>Gelesen als:</translation>
    </message>
    <message>
        <source>What it means</source>
        <translation>Was es bedeutet</translation>
    </message>
    <message>
        <source>For the program&apos;s developer</source>
        <translation>Für den Entwickler des Programms</translation>
    </message>
    <message>
        <source>Most likely causes</source>
        <translation>Wahrscheinlichste Ursachen</translation>
    </message>
    <message>
        <source>How to tell</source>
        <translation>Woran man es erkennt</translation>
    </message>
    <message>
        <source>What the wizard checks</source>
        <translation>Was der Assistent prüft</translation>
    </message>
    <message>
        <source>probes: %1</source>
        <translation>Prüfungen: %1</translation>
    </message>
    <message>
        <source>fixes: %1</source>
        <translation>Korrekturen: %1</translation>
    </message>
    <message>
        <source>none on this machine: the cause lies in the program or elsewhere</source>
        <translation>keine auf diesem Computer: Die Ursache liegt im Programm oder anderswo</translation>
    </message>
    <message>
        <source>Codes near this one (%1)</source>
        <translation>Codes in der Nähe (%1)</translation>
    </message>
    <message>
        <source>Also read in the input:</source>
        <translation>Außerdem in der Eingabe gelesen:</translation>
    </message>
    <message>
        <source>wsafix decode: &apos;%1&apos; is ambiguous; it can mean:</source>
        <translation>wsafix decode: &apos;%1&apos; ist mehrdeutig; es kann bedeuten:</translation>
    </message>
    <message>
        <source>wsafix decode: cannot decode &apos;%1&apos;</source>
        <translation>wsafix decode: &apos;%1&apos; lässt sich nicht entschlüsseln</translation>
    </message>
    <message>
        <source>Understood:</source>
        <translation>Verstanden:</translation>
    </message>
    <message>
        <source>Not understood:</source>
        <translation>Nicht verstanden:</translation>
    </message>
    <message>
        <source>Nearest known codes:</source>
        <translation>Nächste bekannte Codes:</translation>
    </message>
    <message>
        <source>wsafix decode: missing CODE, e.g. wsafix decode 0x00002748 (see wsafix decode --help)</source>
        <translation>wsafix decode: CODE fehlt, z. B. wsafix decode 0x00002748 (siehe wsafix decode --help)</translation>
    </message>
</context>
<context>
    <name>DetectCommand</name>
    <message>
        <source>unavailable: %1</source>
        <translation>nicht verfügbar: %1</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n Eintrag</numerusform>
            <numerusform>%n Einträge</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n layered</source>
        <translation>
            <numerusform>%n geschichtet</numerusform>
            <numerusform>%n geschichtet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sockets</source>
        <translation>
            <numerusform>%n Socket</numerusform>
            <numerusform>%n Sockets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n processes</source>
        <translation>
            <numerusform>%n Prozess</numerusform>
            <numerusform>%n Prozesse</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n adapters</source>
        <translation>
            <numerusform>%n Adapter</numerusform>
            <numerusform>%n Adapter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n up</source>
        <translation>
            <numerusform>%n aktiv</numerusform>
            <numerusform>%n aktiv</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n name resolution providers</source>
        <translation>
            <numerusform>%n Namensauflösungsanbieter</numerusform>
            <numerusform>%n Namensauflösungsanbieter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with a missing file</source>
        <translation>
            <numerusform>%n mit fehlender Datei</numerusform>
            <numerusform>%n mit fehlender Datei</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n interposers in the target process</source>
        <translation>
            <numerusform>%n Interposer im Zielprozess</numerusform>
            <numerusform>%n Interposer im Zielprozess</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 connected in %2 ms</source>
        <translation>%1 verbunden in %2 ms</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 fehlgeschlagen: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n events</source>
        <translation>
            <numerusform>%n Ereignis</numerusform>
            <numerusform>%n Ereignisse</numerusform>
        </translation>
    </message>
    <message>
        <source>simulated machine &apos;%1&apos;</source>
        <translation>simulierter Computer &apos;%1&apos;</translation>
    </message>
    <message>
        <source>this machine</source>
        <translation>dieser Computer</translation>
    </message>
    <message>
        <source>wsafix detect: %1 (%2, %3, elevated)</source>
        <translation>wsafix detect: %1 (%2, %3, mit Administratorrechten)</translation>
    </message>
    <message>
        <source>wsafix detect: %1 (%2, %3)</source>
        <translation>wsafix detect: %1 (%2, %3)</translation>
    </message>
    <message>
        <source>Probes:</source>
        <translation>Prüfungen:</translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>Keine Probleme gefunden.</translation>
    </message>
    <message>
        <source>recommended fixes:</source>
        <translation>empfohlene Korrekturen:</translation>
    </message>
    <message>
        <source>Session %1 saved in %2</source>
        <translation>Sitzung %1 gespeichert in %2</translation>
    </message>
    <message>
        <source>wsafix detect: unknown probe &apos;%1&apos; (known: catalog, sockets, processes, adapters, events, connectivity)</source>
        <translation>wsafix detect: unbekannte Prüfung &apos;%1&apos; (bekannt: catalog, sockets, processes, adapters, events, connectivity)</translation>
    </message>
    <message>
        <source>wsafix detect: the connectivity probe needs --host and --port</source>
        <translation>wsafix detect: Die Prüfung connectivity braucht --host und --port</translation>
    </message>
    <message numerus="yes">
        <source>Findings (%n), worst first:</source>
        <translation>
            <numerusform>Befund (%n):</numerusform>
            <numerusform>Befunde (%n), das schlimmste zuerst:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DetectionJob</name>
    <message>
        <source>Reading the Winsock catalog…</source>
        <translation>Winsock-Katalog wird gelesen…</translation>
    </message>
    <message>
        <source>Listing the open connections…</source>
        <translation>Offene Verbindungen werden aufgelistet…</translation>
    </message>
    <message>
        <source>Listing the running programs…</source>
        <translation>Laufende Programme werden aufgelistet…</translation>
    </message>
    <message>
        <source>Reading the network adapters…</source>
        <translation>Netzwerkadapter werden gelesen…</translation>
    </message>
    <message>
        <source>Reading the event log…</source>
        <translation>Ereignisprotokoll wird gelesen…</translation>
    </message>
    <message>
        <source>Connecting to the target…</source>
        <translation>Verbindung zum Ziel wird hergestellt…</translation>
    </message>
    <message>
        <source>Finished.</source>
        <translation>Fertig.</translation>
    </message>
    <message>
        <source>Looking up the name %1…</source>
        <translation>Name %1 wird nachgeschlagen…</translation>
    </message>
    <message>
        <source>Connecting to %1:%2, attempt %3 of %4…</source>
        <translation>Verbindung zu %1:%2, Versuch %3 von %4…</translation>
    </message>
</context>
<context>
    <name>EngineText</name>
    <message>
        <source>The application is started with a preloaded library (LD_PRELOAD)</source>
        <translation>Die Anwendung wird mit einer vorab geladenen Bibliothek gestartet (LD_PRELOAD)</translation>
    </message>
    <message>
        <source>The failing program runs with LD_PRELOAD set, so the library below sits between it and every socket it opens. Start the program without it: look in its launcher script, its systemd unit (Environment=) or the shell profile that sets LD_PRELOAD. No machine-wide fix is needed.</source>
        <translation>Das fehlerhafte Programm läuft mit gesetztem LD_PRELOAD, daher sitzt die unten genannte Bibliothek zwischen ihm und jedem Socket, den es öffnet. Starten Sie das Programm ohne sie: Sehen Sie im Startskript, in der systemd-Unit (Environment=) oder im Shell-Profil nach, das LD_PRELOAD setzt. Eine computerweite Korrektur ist nicht nötig.</translation>
    </message>
    <message>
        <source>A library is preloaded into every program (/etc/ld.so.preload)</source>
        <translation>In jedes Programm wird eine Bibliothek vorab geladen (/etc/ld.so.preload)</translation>
    </message>
    <message>
        <source>A third-party layered service provider sits in the Winsock catalog</source>
        <translation>Ein Layered Service Provider eines Drittanbieters sitzt im Winsock-Katalog</translation>
    </message>
    <message>
        <source>Every program on this machine loads the library below before its own code, so it sees (and can break) every connection. Remove the entry unless it belongs to software you trust.</source>
        <translation>Jedes Programm auf diesem Computer lädt die unten genannte Bibliothek vor seinem eigenen Code, daher sieht sie jede Verbindung (und kann sie stören). Entfernen Sie den Eintrag, sofern er nicht zu Software gehört, der Sie vertrauen.</translation>
    </message>
    <message>
        <source>A program installed a layered service provider (LSP) that sees every connection of every program. Broken or outdated LSPs (old VPN, antivirus or adware) cause WSAEISCONN and other connection errors in many applications at once. Keep other programs&apos; providers: remove only this one, or keep it away from the failing application.</source>
        <translation>Ein Programm hat einen Layered Service Provider (LSP) installiert, der jede Verbindung jedes Programms sieht. Defekte oder veraltete LSPs (alte VPN-, Antiviren- oder Adware-Software) verursachen WSAEISCONN und andere Verbindungsfehler in vielen Anwendungen zugleich. Behalten Sie die Anbieter anderer Programme: Entfernen Sie nur diesen oder halten Sie ihn von der fehlerhaften Anwendung fern.</translation>
    </message>
    <message>
        <source>/etc/ld.so.preload names a library that does not exist</source>
        <translation>/etc/ld.so.preload nennt eine Bibliothek, die nicht existiert</translation>
    </message>
    <message>
        <source>The Winsock catalog names a provider DLL that does not exist</source>
        <translation>Der Winsock-Katalog nennt eine Anbieter-DLL, die nicht existiert</translation>
    </message>
    <message>
        <source>Every program start warns about the missing library. Remove the entry.</source>
        <translation>Jeder Programmstart warnt vor der fehlenden Bibliothek. Entfernen Sie den Eintrag.</translation>
    </message>
    <message>
        <source>An uninstalled program left its entry in the Winsock catalog. Programs that load it fail to open sockets, with errors that change from one program to the next. Remove the entry; a Winsock reset removes every such entry at once.</source>
        <translation>Ein deinstalliertes Programm hat seinen Eintrag im Winsock-Katalog hinterlassen. Programme, die ihn laden, können keine Sockets öffnen, mit Fehlern, die sich von Programm zu Programm unterscheiden. Entfernen Sie den Eintrag; ein Winsock-Reset entfernt alle solchen Einträge auf einmal.</translation>
    </message>
    <message>
        <source>The machine is not at fault, and resetting Winsock will not help. Tell the program&apos;s developers: after a non-blocking connect(), wait for the socket to become writable and read SO_ERROR instead of calling connect() again; do not reuse a connected socket for a new connection; on a connected UDP socket use send(), not sendto() with an address.</source>
        <translation>Der Computer ist nicht schuld, und ein Winsock-Reset hilft nicht. Sagen Sie es den Entwicklern des Programms: Nach einem nicht blockierenden connect() warten, bis der Socket beschreibbar ist, und SO_ERROR lesen, statt connect() erneut aufzurufen; einen verbundenen Socket nicht für eine neue Verbindung wiederverwenden; auf einem verbundenen UDP-Socket send() verwenden, nicht sendto() mit einer Adresse.</translation>
    </message>
    <message>
        <source>The program&apos;s own messages show connect() failing again and again because the socket is already connected: it retries connect() instead of waiting for the first attempt.</source>
        <translation>Die eigenen Meldungen des Programms zeigen, dass connect() immer wieder fehlschlägt, weil der Socket bereits verbunden ist: Es wiederholt connect(), statt auf den ersten Versuch zu warten.</translation>
    </message>
    <message>
        <source>The program opens connections faster than it closes them, which can run the machine out of local ports. Restarting that program frees them; its developers should reuse connections.</source>
        <translation>Das Programm öffnet Verbindungen schneller, als es sie schließt, wodurch dem Computer die lokalen Ports ausgehen können. Ein Neustart des Programms gibt sie frei; seine Entwickler sollten Verbindungen wiederverwenden.</translation>
    </message>
    <message>
        <source>No network adapter is connected</source>
        <translation>Kein Netzwerkadapter ist verbunden</translation>
    </message>
    <message>
        <source>Check the cable or Wi-Fi, then restart the adapter.</source>
        <translation>Prüfen Sie das Kabel oder das WLAN und starten Sie dann den Adapter neu.</translation>
    </message>
    <message>
        <source>An address in 169.254.0.0/16 means the adapter asked for an address and nobody answered. Restarting the adapter asks again; if that fails, the router or the network is at fault.</source>
        <translation>Eine Adresse in 169.254.0.0/16 bedeutet, dass der Adapter nach einer Adresse gefragt und niemand geantwortet hat. Ein Neustart des Adapters fragt erneut; schlägt das fehl, liegt der Fehler beim Router oder im Netzwerk.</translation>
    </message>
    <message>
        <source>No default gateway: this machine cannot reach other networks</source>
        <translation>Kein Standardgateway: Dieser Computer kann andere Netzwerke nicht erreichen</translation>
    </message>
    <message>
        <source>Without a gateway only the local network is reachable. Restarting the adapter renews the DHCP lease; a static configuration needs its gateway set.</source>
        <translation>Ohne Gateway ist nur das lokale Netzwerk erreichbar. Ein Neustart des Adapters erneuert die DHCP-Lease; eine statische Konfiguration braucht ein eingetragenes Gateway.</translation>
    </message>
    <message>
        <source>No DNS server is configured: names cannot be resolved</source>
        <translation>Kein DNS-Server konfiguriert: Namen können nicht aufgelöst werden</translation>
    </message>
    <message>
        <source>Connections by name fail before they start. Restarting the adapter renews the DHCP lease.</source>
        <translation>Verbindungen über Namen scheitern, bevor sie beginnen. Ein Neustart des Adapters erneuert die DHCP-Lease.</translation>
    </message>
    <message>
        <source>The computer cannot turn the name into an address, so no connection starts at all. Check the spelling; if it is right, the DNS server or its cache is at fault.</source>
        <translation>Der Computer kann den Namen nicht in eine Adresse umwandeln, daher beginnt überhaupt keine Verbindung. Prüfen Sie die Schreibweise; ist sie richtig, liegt der Fehler beim DNS-Server oder seinem Cache.</translation>
    </message>
    <message>
        <source>The name resolves, but the connection fails. Refused means nothing listens on that port (the service is stopped or the port is wrong); a time-out points at a firewall or the network; WSAEISCONN here points at a layered provider on this machine.</source>
        <translation>Der Name wird aufgelöst, aber die Verbindung schlägt fehl. Abgelehnt bedeutet, dass an diesem Port nichts lauscht (der Dienst ist beendet oder der Port falsch); eine Zeitüberschreitung deutet auf eine Firewall oder das Netzwerk; WSAEISCONN deutet hier auf einen Schichtanbieter auf diesem Computer.</translation>
    </message>
    <message>
        <source>The program itself is at fault, not this machine: attach the report (wsafix report --last --format md -o report.md) to a ticket for its developers.</source>
        <translation>Das Programm selbst ist schuld, nicht dieser Computer: Hängen Sie den Bericht (wsafix report --last --format md -o report.md) an ein Ticket für seine Entwickler an.</translation>
    </message>
    <message>
        <source>Escalate with the report attached: wsafix report --last --format md -o report.md.</source>
        <translation>Eskalieren Sie mit angehängtem Bericht: wsafix report --last --format md -o report.md.</translation>
    </message>
    <message>
        <source>The connection times out: a firewall on the way, or the host itself, drops it. Check both.</source>
        <translation>Die Verbindung läuft in eine Zeitüberschreitung: Eine Firewall auf dem Weg oder der Host selbst verwirft sie. Prüfen Sie beides.</translation>
    </message>
    <message>
        <source>Even wsafix&apos;s own connection fails with WSAEISCONN: something on this machine (a layered provider) still interferes.</source>
        <translation>Sogar die eigene Verbindung von wsafix scheitert mit WSAEISCONN: Etwas auf diesem Computer (ein Schichtanbieter) stört weiterhin.</translation>
    </message>
    <message>
        <source>Try the fix flush-dns.</source>
        <translation>Versuchen Sie die Korrektur flush-dns.</translation>
    </message>
    <message>
        <source>Click Check again; if it fails again, escalate with the report.</source>
        <translation>Klicken Sie auf Erneut prüfen; schlägt es wieder fehl, eskalieren Sie mit dem Bericht.</translation>
    </message>
    <message>
        <source>The check was cancelled before it finished.</source>
        <translation>Die Prüfung wurde abgebrochen, bevor sie fertig war.</translation>
    </message>
    <message>
        <source>Run the check again and let it finish.</source>
        <translation>Führen Sie die Prüfung erneut aus und lassen Sie sie zu Ende laufen.</translation>
    </message>
    <message>
        <source>Run the check again the way detect ran (for example elevated).</source>
        <translation>Führen Sie die Prüfung erneut so aus, wie detect lief (zum Beispiel mit Administratorrechten).</translation>
    </message>
    <message>
        <source>Check again where the fix&apos;s tool really runs (on Windows, after the restart the fix asks for).</source>
        <translation>Prüfen Sie erneut dort, wo das Werkzeug der Korrektur wirklich läuft (unter Windows nach dem Neustart, den die Korrektur verlangt).</translation>
    </message>
    <message>
        <source>Next time run wsafix detect (or the wizard) before fixing, so that verify can show what the fix changed.</source>
        <translation>Führen Sie beim nächsten Mal wsafix detect (oder den Assistenten) vor der Korrektur aus, damit verify zeigen kann, was die Korrektur geändert hat.</translation>
    </message>
    <message>
        <source>Nothing was wrong at the start and no target host and port were given, so there is nothing to compare.</source>
        <translation>Zu Beginn war nichts falsch, und es wurden kein Zielhost und kein Port angegeben, daher gibt es nichts zu vergleichen.</translation>
    </message>
    <message>
        <source>Check again with the host and port the failing program connects to.</source>
        <translation>Prüfen Sie erneut mit dem Host und Port, mit denen sich das fehlerhafte Programm verbindet.</translation>
    </message>
    <message>
        <source>The problem found at the start is gone.</source>
        <translation>Das zu Beginn gefundene Problem ist behoben.</translation>
    </message>
    <message>
        <source>no problem shows.</source>
        <translation>es zeigt sich kein Problem.</translation>
    </message>
    <message>
        <source>The fixes made things worse: the machine now has problems it did not have before.</source>
        <translation>Die Korrekturen haben es verschlimmert: Der Computer hat jetzt Probleme, die er vorher nicht hatte.</translation>
    </message>
    <message>
        <source>Right call: the machine was healthy and nothing was changed.</source>
        <translation>Richtige Entscheidung: Der Computer war in Ordnung, und nichts wurde geändert.</translation>
    </message>
    <message>
        <source>The machine was healthy: no fix was needed, and a fix on a healthy machine only adds risk.</source>
        <translation>Der Computer war in Ordnung: Keine Korrektur war nötig, und eine Korrektur an einem gesunden Computer bringt nur Risiko.</translation>
    </message>
    <message>
        <source>Well chosen: every problem is gone, with the least invasive fix.</source>
        <translation>Gut gewählt: Jedes Problem ist behoben, mit der am wenigsten eingreifenden Korrektur.</translation>
    </message>
    <message>
        <source>Not fixed: no fix was applied, and the problems are still there.</source>
        <translation>Nicht behoben: Keine Korrektur wurde angewendet, und die Probleme bestehen weiter.</translation>
    </message>
    <message>
        <source>Not fixed: the problem is still there after the fixes chosen.</source>
        <translation>Nicht behoben: Das Problem besteht nach den gewählten Korrekturen weiter.</translation>
    </message>
    <message>
        <source>No fix on this machine solves it: the evidence points at the application or the network, so the right step is to hand the findings to whoever owns it.</source>
        <translation>Keine Korrektur auf diesem Computer löst es: Die Belege deuten auf die Anwendung oder das Netzwerk, daher ist der richtige Schritt, die Befunde an den Verantwortlichen zu übergeben.</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>not run</source>
        <translation>nicht ausgeführt</translation>
    </message>
    <message>
        <source>the scenario does not describe namespace providers</source>
        <translation>das Szenario beschreibt keine Namespace-Anbieter</translation>
    </message>
    <message>
        <source>Reset the Winsock catalog</source>
        <translation>Winsock-Katalog zurücksetzen</translation>
    </message>
    <message>
        <source>Remove one layered provider</source>
        <translation>Einen Schichtanbieter entfernen</translation>
    </message>
    <message>
        <source>Keep layered providers out of one application</source>
        <translation>Schichtanbieter von einer Anwendung fernhalten</translation>
    </message>
    <message>
        <source>Reset TCP/IP and re-apply the static configuration</source>
        <translation>TCP/IP zurücksetzen und die statische Konfiguration erneut anwenden</translation>
    </message>
    <message>
        <source>Flush the DNS cache</source>
        <translation>DNS-Cache leeren</translation>
    </message>
    <message>
        <source>Restart a network adapter</source>
        <translation>Einen Netzwerkadapter neu starten</translation>
    </message>
    <message>
        <source>Restart a service</source>
        <translation>Einen Dienst neu starten</translation>
    </message>
    <message>
        <source>Re-apply an adapter&apos;s IP configuration</source>
        <translation>Die IP-Konfiguration eines Adapters erneut anwenden</translation>
    </message>
    <message>
        <source>Remove a library from /etc/ld.so.preload</source>
        <translation>Eine Bibliothek aus /etc/ld.so.preload entfernen</translation>
    </message>
    <message>
        <source>unchanged: nothing was run</source>
        <translation>unverändert: Nichts wurde ausgeführt</translation>
    </message>
    <message>
        <source>Socket is already connected.</source>
        <translation>Der Socket ist bereits verbunden.</translation>
    </message>
    <message>
        <source>A connect request was made on an already connected socket.</source>
        <translation>Für einen bereits verbundenen Socket wurde eine Verbindungsanforderung gestellt.</translation>
    </message>
    <message>
        <source>Transport endpoint is already connected</source>
        <translation>Der Transportendpunkt ist bereits verbunden</translation>
    </message>
    <message>
        <source>The program tried to open a connection that was already open. This is almost always a mistake in that program, not a fault of this computer or of the network.</source>
        <translation>Das Programm hat versucht, eine Verbindung zu öffnen, die bereits offen war. Das ist fast immer ein Fehler in diesem Programm, nicht ein Fehler dieses Computers oder des Netzwerks.</translation>
    </message>
    <message>
        <source>Network dropped connection on reset.</source>
        <translation>Netzwerk hat die Verbindung beim Zurücksetzen getrennt.</translation>
    </message>
    <message>
        <source>Software caused connection abort.</source>
        <translation>Software hat den Verbindungsabbruch verursacht.</translation>
    </message>
    <message>
        <source>Connection reset by peer.</source>
        <translation>Verbindung vom Peer zurückgesetzt.</translation>
    </message>
    <message>
        <source>No buffer space available.</source>
        <translation>Kein Pufferplatz verfügbar.</translation>
    </message>
    <message>
        <source>Socket is not connected.</source>
        <translation>Der Socket ist nicht verbunden.</translation>
    </message>
    <message>
        <source>Cannot send after socket shutdown.</source>
        <translation>Senden nach dem Herunterfahren des Sockets nicht möglich.</translation>
    </message>
    <message>
        <source>Too many references.</source>
        <translation>Zu viele Verweise.</translation>
    </message>
    <message>
        <source>The application keeps opening connections to %1: an application issue</source>
        <translation>Die Anwendung öffnet immer wieder Verbindungen zu %1: ein Problem der Anwendung</translation>
    </message>
    <message>
        <source>WSAEISCONN (10056) means the program called connect() on a socket that is already connected. The program holds %1 connections to the same place, the pattern of a program that retries connect() instead of waiting for the first one. %2</source>
        <translation>WSAEISCONN (10056) bedeutet, dass das Programm connect() für einen Socket aufgerufen hat, der bereits verbunden ist. Das Programm hält %1 Verbindungen zum selben Ziel – das Muster eines Programms, das connect() wiederholt, statt auf die erste Verbindung zu warten. %2</translation>
    </message>
    <message>
        <source>The application reported WSAEISCONN %1 times: an application issue</source>
        <translation>Die Anwendung hat WSAEISCONN %1-mal gemeldet: ein Problem der Anwendung</translation>
    </message>
    <message>
        <source>One program holds %1 idle or closing sockets</source>
        <translation>Ein Programm hält %1 inaktive oder sich schließende Sockets</translation>
    </message>
    <message>
        <source>The adapter %1 gave itself an emergency address (no DHCP answer)</source>
        <translation>Der Adapter %1 hat sich eine Notfalladresse gegeben (keine DHCP-Antwort)</translation>
    </message>
    <message>
        <source>The name %1 does not resolve</source>
        <translation>Der Name %1 lässt sich nicht auflösen</translation>
    </message>
    <message>
        <source>No connection to %1</source>
        <translation>Keine Verbindung zu %1</translation>
    </message>
    <message>
        <source>%1 [file missing]</source>
        <translation>%1 [Datei fehlt]</translation>
    </message>
    <message>
        <source>catalog %1: %2</source>
        <translation>Katalog %1: %2</translation>
    </message>
    <message>
        <source>name service provider %1</source>
        <translation>Namensdienstanbieter %1</translation>
    </message>
    <message>
        <source>event %1 at %2: %3</source>
        <translation>Ereignis %1 um %2: %3</translation>
    </message>
    <message>
        <source>event at %1 (%2): %3</source>
        <translation>Ereignis um %1 (%2): %3</translation>
    </message>
    <message>
        <source>pid %1 (%2): %3 sockets in TIME_WAIT or BOUND</source>
        <translation>PID %1 (%2): %3 Sockets in TIME_WAIT oder BOUND</translation>
    </message>
    <message>
        <source>%1 (%2): down</source>
        <translation>%1 (%2): getrennt</translation>
    </message>
    <message>
        <source>%1 (%2): no gateway</source>
        <translation>%1 (%2): kein Gateway</translation>
    </message>
    <message>
        <source>%1 (%2): no DNS server</source>
        <translation>%1 (%2): kein DNS-Server</translation>
    </message>
    <message>
        <source>%1: %2 (%3) after %4 ms</source>
        <translation>%1: %2 (%3) nach %4 ms</translation>
    </message>
    <message>
        <source>Try the fix %1 (recommended for: %2).</source>
        <translation>Versuchen Sie die Korrektur %1 (empfohlen für: %2).</translation>
    </message>
    <message>
        <source>If the fix %1 made nothing better, put the machine back as it was: wsafix snapshots restore %2.</source>
        <translation>Hat die Korrektur %1 nichts verbessert, setzen Sie den Computer in den vorherigen Zustand zurück: wsafix snapshots restore %2.</translation>
    </message>
    <message>
        <source>Nothing listens on port %1 at %2: check that the service there runs and that the port is right.</source>
        <translation>An Port %1 auf %2 lauscht nichts: Prüfen Sie, ob der Dienst dort läuft und der Port stimmt.</translation>
    </message>
    <message>
        <source>There is no route to %1: check the cable or Wi-Fi, the adapter and the gateway.</source>
        <translation>Es gibt keine Route zu %1: Prüfen Sie das Kabel oder WLAN, den Adapter und das Gateway.</translation>
    </message>
    <message>
        <source>The name %1 does not resolve (%2), so no connection was tried: this is a name problem, not a closed port.</source>
        <translation>Der Name %1 lässt sich nicht auflösen (%2), daher wurde keine Verbindung versucht: Das ist ein Namensproblem, kein geschlossener Port.</translation>
    </message>
    <message>
        <source>Check the spelling of %1; if it is right, the DNS server or its cache is at fault.</source>
        <translation>Prüfen Sie die Schreibweise von %1; ist sie richtig, liegt der Fehler beim DNS-Server oder seinem Cache.</translation>
    </message>
    <message>
        <source>%1 of %2 connection attempts to %3 failed: %4.</source>
        <translation>%1 von %2 Verbindungsversuchen zu %3 sind fehlgeschlagen: %4.</translation>
    </message>
    <message>
        <source>A problem remains: %1.</source>
        <translation>Ein Problem bleibt: %1.</translation>
    </message>
    <message>
        <source>%1 problems remain; the worst: %2.</source>
        <translation>%1 Probleme bleiben; das schlimmste: %2.</translation>
    </message>
    <message>
        <source>These checks worked at the start but are unavailable now: %1.</source>
        <translation>Diese Prüfungen funktionierten zu Beginn, sind jetzt aber nicht verfügbar: %1.</translation>
    </message>
    <message>
        <source>No problem shows now, but the effect of %1 cannot be checked on this machine, so the fix is not proven.</source>
        <translation>Jetzt zeigt sich kein Problem, aber die Wirkung von %1 lässt sich auf diesem Computer nicht prüfen, daher ist die Korrektur nicht bewiesen.</translation>
    </message>
    <message>
        <source>There was no examination before the fix to compare with (%1). Now %2</source>
        <translation>Es gab keine Untersuchung vor der Korrektur, mit der man vergleichen könnte (%1). Aktueller Stand: %2</translation>
    </message>
    <message>
        <source>%1 and no problem shows.</source>
        <translation>%1, und es zeigt sich kein Problem.</translation>
    </message>
    <message>
        <source>The problem found at the start concerns another target than %1, which this check did not connect to.</source>
        <translation>Das zu Beginn gefundene Problem betrifft ein anderes Ziel als %1, mit dem sich diese Prüfung nicht verbunden hat.</translation>
    </message>
    <message>
        <source>Nothing was wrong at the start and %1 connects fine, so there is no fix to confirm. If the error continues, the failing program itself is the likely cause.</source>
        <translation>Zu Beginn war nichts falsch, und %1 verbindet sich problemlos, daher gibt es keine Korrektur zu bestätigen. Besteht der Fehler weiter, ist wahrscheinlich das fehlerhafte Programm selbst die Ursache.</translation>
    </message>
    <message>
        <source>The problem found at the start is gone, and %1.</source>
        <translation>Das zu Beginn gefundene Problem ist behoben, und %1.</translation>
    </message>
    <message>
        <source>All %1 problems found at the start are gone, and %2.</source>
        <translation>Alle %1 zu Beginn gefundenen Probleme sind behoben, und %2.</translation>
    </message>
    <message>
        <source>All %1 problems found at the start are gone.</source>
        <translation>Alle %1 zu Beginn gefundenen Probleme sind behoben.</translation>
    </message>
    <message>
        <source>all %1 connection attempts to %2 succeeded</source>
        <translation>alle %1 Verbindungsversuche zu %2 waren erfolgreich</translation>
    </message>
    <message>
        <source>error %1</source>
        <translation>Fehler %1</translation>
    </message>
    <message>
        <source>The check failed: %1</source>
        <translation>Die Prüfung ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>no session in the state directory</source>
        <translation>keine Sitzung im Statusverzeichnis</translation>
    </message>
    <message>
        <source>session %1 has no detect step</source>
        <translation>Sitzung %1 hat keinen detect-Schritt</translation>
    </message>
    <message>
        <source>the latest session (%1) examined a real machine</source>
        <translation>die neueste Sitzung (%1) hat einen echten Computer untersucht</translation>
    </message>
    <message>
        <source>the latest session (%1) examined the scenario &apos;%2&apos;</source>
        <translation>die neueste Sitzung (%1) hat das Szenario &apos;%2&apos; untersucht</translation>
    </message>
    <message>
        <source>Fixed, but a less invasive fix existed: %1 alone would have solved it with less collateral change.</source>
        <translation>Behoben, aber es gab eine weniger eingreifende Korrektur: %1 allein hätte es mit weniger Nebenwirkungen gelöst.</translation>
    </message>
    <message>
        <source>New: %1.</source>
        <translation>Neu: %1.</translation>
    </message>
    <message>
        <source>Still present: %1.</source>
        <translation>Weiterhin vorhanden: %1.</translation>
    </message>
    <message>
        <source>The connection to %1 still fails.</source>
        <translation>Die Verbindung zu %1 schlägt weiterhin fehl.</translation>
    </message>
    <message>
        <source>Not simulated in this scenario, so they changed nothing: %1.</source>
        <translation>In diesem Szenario nicht simuliert, daher haben sie nichts geändert: %1.</translation>
    </message>
    <message>
        <source>What would have worked: %1.</source>
        <translation>Was funktioniert hätte: %1.</translation>
    </message>
    <message>
        <source>stopped after its time limit of %1; what it had read so far is left out, as it would be incomplete</source>
        <translation>nach dem Zeitlimit von %1 angehalten; was bis dahin gelesen war, wird weggelassen, da es unvollständig wäre</translation>
    </message>
    <message>
        <source>no running process is called %1</source>
        <translation>kein laufender Prozess heißt %1</translation>
    </message>
    <message>
        <source>the simulated machine has no process %1</source>
        <translation>der simulierte Computer hat keinen Prozess %1</translation>
    </message>
    <message>
        <source>there is no process %1</source>
        <translation>es gibt keinen Prozess %1</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>On this simulated machine, %1 changes only the simulated state, as scenario &apos;%2&apos; describes; no command runs.</source>
        <translation>Auf diesem simulierten Computer ändert %1 nur den simulierten Zustand, wie es das Szenario &apos;%2&apos; beschreibt; es wird kein Befehl ausgeführt.</translation>
    </message>
    <message>
        <source>%1 is not simulated in scenario &apos;%2&apos;</source>
        <translation>%1 ist im Szenario &apos;%2&apos; nicht simuliert</translation>
    </message>
    <message>
        <source>%1 is already applied to this simulated machine (restoring its snapshot undoes it)</source>
        <translation>%1 ist auf diesen simulierten Computer bereits angewendet (das Wiederherstellen seines Snapshots macht es rückgängig)</translation>
    </message>
    <message>
        <source>apply %1 to the simulated machine</source>
        <translation>%1 auf den simulierten Computer anwenden</translation>
    </message>
    <message>
        <source>restore the simulated machine of snapshot %1</source>
        <translation>den simulierten Computer aus Snapshot %1 wiederherstellen</translation>
    </message>
    <message>
        <source>the simulated machine did not change as scenario &apos;%1&apos; describes</source>
        <translation>der simulierte Computer hat sich nicht so geändert, wie es das Szenario &apos;%1&apos; beschreibt</translation>
    </message>
    <message>
        <source>the simulated machine changed as scenario &apos;%1&apos; describes</source>
        <translation>der simulierte Computer hat sich so geändert, wie es das Szenario &apos;%1&apos; beschreibt</translation>
    </message>
    <message>
        <source>the simulated machine differs from snapshot %1</source>
        <translation>der simulierte Computer weicht von Snapshot %1 ab</translation>
    </message>
    <message>
        <source>the simulated machine is as in snapshot %1</source>
        <translation>der simulierte Computer entspricht Snapshot %1</translation>
    </message>
    <message>
        <source>unavailable: %1</source>
        <translation>nicht verfügbar: %1</translation>
    </message>
    <message>
        <source>could not take the snapshot first: %1</source>
        <translation>der Snapshot konnte nicht zuerst erstellt werden: %1</translation>
    </message>
    <message>
        <source>the fix failed: %1</source>
        <translation>die Korrektur ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>the check itself failed: %1</source>
        <translation>die Prüfung selbst ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>has an empty label (two dots in a row, or a dot at the start)</source>
        <translation>hat eine leere Namensebene (zwei Punkte hintereinander oder ein Punkt am Anfang)</translation>
    </message>
    <message>
        <source>has a label longer than 63 characters</source>
        <translation>hat eine Namensebene mit mehr als 63 Zeichen</translation>
    </message>
    <message>
        <source>has a label that starts or ends with &apos;-&apos;</source>
        <translation>hat eine Namensebene, die mit &apos;-&apos; beginnt oder endet</translation>
    </message>
    <message>
        <source>is neither a name (its last label is a number) nor an IPv4 address</source>
        <translation>ist weder ein Name (seine letzte Namensebene ist eine Zahl) noch eine IPv4-Adresse</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>ist leer</translation>
    </message>
    <message>
        <source>contains non-ASCII characters; write an international name in its xn-- form</source>
        <translation>enthält Nicht-ASCII-Zeichen; schreiben Sie einen internationalen Namen in seiner xn---Form</translation>
    </message>
    <message>
        <source>is not a valid IPv6 address in brackets</source>
        <translation>ist keine gültige IPv6-Adresse in eckigen Klammern</translation>
    </message>
    <message>
        <source>is not a valid IPv6 address</source>
        <translation>ist keine gültige IPv6-Adresse</translation>
    </message>
    <message>
        <source>is not a valid IPv4 address (four numbers 0-255 without leading zeros)</source>
        <translation>ist keine gültige IPv4-Adresse (vier Zahlen von 0 bis 255 ohne führende Nullen)</translation>
    </message>
    <message>
        <source>may contain only letters, digits, dots and hyphens (e.g. mail.example.com)</source>
        <translation>darf nur Buchstaben, Ziffern, Punkte und Bindestriche enthalten (z. B. mail.example.com)</translation>
    </message>
    <message>
        <source>is not a port (a whole number from 1 to 65535)</source>
        <translation>ist kein Port (eine ganze Zahl von 1 bis 65535)</translation>
    </message>
    <message>
        <source>may contain only letters, digits, spaces and . _ + - (a program name such as app.exe, no path)</source>
        <translation>darf nur Buchstaben, Ziffern, Leerzeichen und . _ + - enthalten (ein Programmname wie app.exe, ohne Pfad)</translation>
    </message>
    <message>
        <source>must start with a letter or digit</source>
        <translation>muss mit einem Buchstaben oder einer Ziffer beginnen</translation>
    </message>
    <message>
        <source>ends with a space</source>
        <translation>endet mit einem Leerzeichen</translation>
    </message>
    <message>
        <source>is a number; a link names the program, not a process id</source>
        <translation>ist eine Zahl; ein Link nennt das Programm, keine Prozess-ID</translation>
    </message>
    <message>
        <source>contains &apos;..&apos;</source>
        <translation>enthält &apos;..&apos;</translation>
    </message>
    <message>
        <source>may contain only letters, digits and . _ # - (e.g. INC0012345)</source>
        <translation>darf nur Buchstaben, Ziffern und . _ # - enthalten (z. B. INC0012345)</translation>
    </message>
    <message>
        <source>may contain only printable ASCII characters</source>
        <translation>darf nur druckbare ASCII-Zeichen enthalten</translation>
    </message>
    <message>
        <source>is ambiguous; write the code in hex, e.g. 0x00002748</source>
        <translation>ist mehrdeutig; schreiben Sie den Code hexadezimal, z. B. 0x00002748</translation>
    </message>
    <message>
        <source>is not an error code wsafix knows (try wsafix decode)</source>
        <translation>ist kein Fehlercode, den wsafix kennt (versuchen Sie wsafix decode)</translation>
    </message>
    <message>
        <source>the link names no action: expected wsafix://diagnose?...</source>
        <translation>der Link nennt keine Aktion: erwartet wird wsafix://diagnose?...</translation>
    </message>
    <message>
        <source>is not a support-link parameter</source>
        <translation>ist kein Parameter eines Supportlinks</translation>
    </message>
    <message>
        <source>the link is empty</source>
        <translation>der Link ist leer</translation>
    </message>
    <message>
        <source>this is not a link: expected wsafix://diagnose?...</source>
        <translation>das ist kein Link: erwartet wird wsafix://diagnose?...</translation>
    </message>
    <message>
        <source>the link has no &apos;//&apos; after &apos;wsafix:&apos;: expected wsafix://diagnose?...</source>
        <translation>der Link hat kein &apos;//&apos; nach &apos;wsafix:&apos;: erwartet wird wsafix://diagnose?...</translation>
    </message>
    <message>
        <source>the link has an empty parameter (&apos;&amp;&amp;&apos;, or &apos;&amp;&apos; at the start or end)</source>
        <translation>der Link hat einen leeren Parameter (&apos;&amp;&amp;&apos; oder &apos;&amp;&apos; am Anfang oder Ende)</translation>
    </message>
    <message>
        <source>is %1 characters long; a host name has at most 253</source>
        <translation>ist %1 Zeichen lang; ein Hostname hat höchstens 253</translation>
    </message>
    <message>
        <source>is longer than %1 characters</source>
        <translation>ist länger als %1 Zeichen</translation>
    </message>
    <message>
        <source>is ambiguous: %1</source>
        <translation>ist mehrdeutig: %1</translation>
    </message>
    <message>
        <source>the link contains a space at position %1 (write it as %20)</source>
        <translation>der Link enthält an Position %1 ein Leerzeichen (schreiben Sie es als %20)</translation>
    </message>
    <message>
        <source>the link contains a control character at position %1 (a line break, tab or NUL byte)</source>
        <translation>der Link enthält an Position %1 ein Steuerzeichen (einen Zeilenumbruch, Tabulator oder NUL)</translation>
    </message>
    <message>
        <source>the link contains a non-ASCII character at position %1 (percent-encode it)</source>
        <translation>der Link enthält an Position %1 ein Nicht-ASCII-Zeichen (kodieren Sie es mit Prozentzeichen)</translation>
    </message>
    <message>
        <source>the link has user information (&apos;%1&apos;); a support link has none</source>
        <translation>der Link enthält Benutzerinformationen (&apos;%1&apos;); ein Supportlink hat keine</translation>
    </message>
    <message>
        <source>the link has a port in its address (&apos;%1&apos;); a support link has none</source>
        <translation>der Link hat einen Port in seiner Adresse (&apos;%1&apos;); ein Supportlink hat keinen</translation>
    </message>
    <message>
        <source>the link asks for &apos;%1&apos;, which links cannot do: the only action is &apos;diagnose&apos;</source>
        <translation>der Link verlangt &apos;%1&apos;, was Links nicht können: die einzige Aktion ist &apos;diagnose&apos;</translation>
    </message>
    <message>
        <source>the link has a path after &apos;diagnose&apos; (&apos;%1&apos;); expected wsafix://diagnose?...</source>
        <translation>der Link hat einen Pfad nach &apos;diagnose&apos; (&apos;%1&apos;); erwartet wird wsafix://diagnose?...</translation>
    </message>
    <message>
        <source>the link is %1 characters long; a support link has at most %2</source>
        <translation>der Link ist %1 Zeichen lang; ein Supportlink hat höchstens %2</translation>
    </message>
    <message>
        <source>this is not a wsafix link (its scheme is &apos;%1&apos;)</source>
        <translation>das ist kein wsafix-Link (sein Schema ist &apos;%1&apos;)</translation>
    </message>
    <message>
        <source>the link has a fragment (&apos;%1&apos;); write a &apos;#&apos; inside a value as %23</source>
        <translation>der Link hat ein Fragment (&apos;%1&apos;); schreiben Sie ein &apos;#&apos; in einem Wert als %23</translation>
    </message>
    <message>
        <source>the link has a percent-encoded parameter name (&apos;%1&apos;)</source>
        <translation>der Link hat einen prozentkodierten Parameternamen (&apos;%1&apos;)</translation>
    </message>
    <message>
        <source>the link has an unknown parameter &apos;%1&apos; (parameter names are lower case); a link carries only code, process, host, port and ticket</source>
        <translation>der Link hat einen unbekannten Parameter &apos;%1&apos; (Parameternamen sind kleingeschrieben); ein Link enthält nur code, process, host, port und ticket</translation>
    </message>
    <message>
        <source>the link has an unknown parameter &apos;%1&apos;; a link carries only code, process, host, port and ticket</source>
        <translation>der Link hat einen unbekannten Parameter &apos;%1&apos;; ein Link enthält nur code, process, host, port und ticket</translation>
    </message>
    <message>
        <source>the link repeats the parameter &apos;%1&apos;</source>
        <translation>der Link wiederholt den Parameter &apos;%1&apos;</translation>
    </message>
    <message>
        <source>parameter &apos;%1&apos; has no value (%2=...)</source>
        <translation>der Parameter &apos;%1&apos; hat keinen Wert (%2=...)</translation>
    </message>
    <message>
        <source>parameter &apos;%1&apos; is empty</source>
        <translation>der Parameter &apos;%1&apos; ist leer</translation>
    </message>
    <message>
        <source>parameter &apos;%1&apos;: &apos;%2&apos; %3</source>
        <translation>Parameter &apos;%1&apos;: &apos;%2&apos; %3</translation>
    </message>
    <message>
        <source>parameter &apos;%1&apos; %2</source>
        <translation>der Parameter &apos;%1&apos; %2</translation>
    </message>
    <message>
        <source>connect() (or WSAConnect/ConnectEx) was called on a socket that is already connected. The usual cause is polling a non-blocking connect() by calling connect() again: while the attempt is pending the extra calls fail with WSAEALREADY, and once it has succeeded with WSAEISCONN. Instead, wait until the socket is writable (select, WSAPoll, or FD_CONNECT with WSAEventSelect) and read SO_ERROR with getsockopt() to learn whether the connection succeeded. Other forms: reusing a connected socket for a new connection instead of closing it and creating a new socket; sendto() with a destination address on a connected datagram socket (some implementations fail it with WSAEISCONN: use send()). On Linux the same mistake gives EISCONN (106).</source>
        <translation>connect() (oder WSAConnect/ConnectEx) wurde für einen Socket aufgerufen, der bereits verbunden ist. Die übliche Ursache ist, ein nicht blockierendes connect() abzufragen, indem connect() erneut aufgerufen wird: Solange der Versuch läuft, schlagen die zusätzlichen Aufrufe mit WSAEALREADY fehl, und sobald er gelungen ist, mit WSAEISCONN. Warten Sie stattdessen, bis der Socket beschreibbar ist (select, WSAPoll oder FD_CONNECT mit WSAEventSelect), und lesen Sie SO_ERROR mit getsockopt(), um zu erfahren, ob die Verbindung gelungen ist. Andere Formen: einen verbundenen Socket für eine neue Verbindung wiederverwenden, statt ihn zu schließen und einen neuen Socket zu erstellen; sendto() mit einer Zieladresse auf einem verbundenen Datagramm-Socket (manche Implementierungen lassen es mit WSAEISCONN scheitern: send() verwenden). Unter Linux ergibt derselbe Fehler EISCONN (106).</translation>
    </message>
    <message>
        <source>The application calls connect() again on a socket that is already connected, typically by polling a non-blocking connect() instead of waiting for the socket to become writable and reading SO_ERROR.</source>
        <translation>Die Anwendung ruft connect() erneut für einen Socket auf, der bereits verbunden ist, typischerweise indem sie ein nicht blockierendes connect() abfragt, statt zu warten, bis der Socket beschreibbar ist, und SO_ERROR zu lesen.</translation>
    </message>
    <message>
        <source>The application reuses a connected socket for a new connection instead of closing it and opening a new socket.</source>
        <translation>Die Anwendung verwendet einen verbundenen Socket für eine neue Verbindung wieder, statt ihn zu schließen und einen neuen Socket zu öffnen.</translation>
    </message>
    <message>
        <source>The application calls sendto() with a destination address on a connected datagram (UDP) socket.</source>
        <translation>Die Anwendung ruft sendto() mit einer Zieladresse auf einem verbundenen Datagramm-Socket (UDP) auf.</translation>
    </message>
    <message>
        <source>The exception, machine-wide: a third-party layered service provider (LSP) in the Winsock catalog, left by VPN, firewall, antivirus or adware software, intercepts connect() in every program and gets the socket state wrong.</source>
        <translation>Die Ausnahme, computerweit: Ein Layered Service Provider (LSP) eines Drittanbieters im Winsock-Katalog, hinterlassen von VPN-, Firewall-, Antiviren- oder Adware-Software, fängt connect() in jedem Programm ab und bringt den Socket-Zustand durcheinander.</translation>
    </message>
    <message>
        <source>Only one application affected, and its sockets show several connections to the same server (the reconnect pattern): the application is at fault. Tell its developers; resetting Winsock will not help. Several applications affected, a third-party layered provider in the Winsock catalog, or recent Winsock catalog changes in the event log: the machine is at fault. Bypass or remove that provider first, and reset Winsock only if that is not enough.</source>
        <translation>Nur eine Anwendung betroffen, und ihre Sockets zeigen mehrere Verbindungen zum selben Server (das Wiederverbindungsmuster): Die Anwendung ist schuld. Sagen Sie es ihren Entwicklern; ein Winsock-Reset hilft nicht. Mehrere Anwendungen betroffen, ein Schichtanbieter eines Drittanbieters im Winsock-Katalog oder kürzliche Änderungen am Winsock-Katalog im Ereignisprotokoll: Der Computer ist schuld. Umgehen oder entfernen Sie zuerst diesen Anbieter und setzen Sie Winsock nur zurück, wenn das nicht reicht.</translation>
    </message>
    <message>
        <source>%1: Windows error code %2</source>
        <translation>%1: Windows-Fehlercode %2</translation>
    </message>
    <message>
        <source>%1: as a Windows error code: %2</source>
        <translation>%1: als Windows-Fehlercode: %2</translation>
    </message>
    <message>
        <source>%1: Linux errno %2 (%3), the twin of %4</source>
        <translation>%1: Linux-errno %2 (%3), das Gegenstück zu %4</translation>
    </message>
    <message>
        <source>%1: HRESULT %2 = HRESULT_FROM_WIN32(%3)</source>
        <translation>%1: HRESULT %2 = HRESULT_FROM_WIN32(%3)</translation>
    </message>
    <message>
        <source>%1: %2 is the Linux name (errno %3) of %4</source>
        <translation>%1: %2 ist der Linux-Name (errno %3) von %4</translation>
    </message>
    <message>
        <source>%1: %2 is another name of %3</source>
        <translation>%1: %2 ist ein anderer Name von %3</translation>
    </message>
    <message>
        <source>The adapter got no address from DHCP</source>
        <translation>Der Adapter hat keine Adresse per DHCP erhalten</translation>
    </message>
    <message>
        <source>After the switch in the finance office was replaced over the weekend, one laptop on a docking station cannot reach the finance server: &apos;Socket error # 10065, No route to host&apos;. The other PCs in the room work. Look at what address the laptop has, and get it a proper one.</source>
        <translation>Nachdem am Wochenende der Switch im Büro der Buchhaltung ausgetauscht wurde, erreicht ein Laptop an einer Dockingstation den Finanzserver nicht: &apos;Socket error # 10065, No route to host&apos;. Die anderen PCs im Raum funktionieren. Sehen Sie nach, welche Adresse der Laptop hat, und verschaffen Sie ihm eine richtige.</translation>
    </message>
    <message>
        <source>An application retries connect() on a connected socket</source>
        <translation>Eine Anwendung wiederholt connect() auf einem verbundenen Socket</translation>
    </message>
    <message>
        <source>OrderSync, an in-house order tool, shows &apos;Socket error # 10056&apos; every few minutes. Nothing else on the PC has trouble. Decide whether this is the machine or the application, and hand the developers the evidence.</source>
        <translation>OrderSync, ein hauseigenes Bestellprogramm, zeigt alle paar Minuten &apos;Socket error # 10056&apos;. Sonst hat nichts auf dem PC Probleme. Entscheiden Sie, ob der Computer oder die Anwendung schuld ist, und übergeben Sie den Entwicklern die Belege.</translation>
    </message>
    <message>
        <source>A healthy office PC</source>
        <translation>Ein gesunder Büro-PC</translation>
    </message>
    <message>
        <source>A user reports that &apos;the internet was slow this morning&apos;. Nothing is wrong now: the wizard should find no problems and change nothing.</source>
        <translation>Ein Benutzer meldet, dass &apos;das Internet heute Morgen langsam war&apos;. Jetzt ist nichts falsch: Der Assistent sollte keine Probleme finden und nichts ändern.</translation>
    </message>
    <message>
        <source>Connected, but no DNS server</source>
        <translation>Verbunden, aber ohne DNS-Server</translation>
    </message>
    <message>
        <source>A home-office user on a new router reports that &apos;the internet is down&apos;: Edge says DNS_PROBE_FINISHED_NO_INTERNET and Thunderbird cannot find mail.contoso.example. Yet the Wi-Fi shows &apos;Connected&apos; and the router&apos;s own page opens by its address. The ISP fixed the router&apos;s DHCP settings an hour ago. Find what is missing and get the PC to pick up the new settings.</source>
        <translation>Ein Benutzer im Homeoffice mit einem neuen Router meldet, dass &apos;das Internet nicht geht&apos;: Edge zeigt DNS_PROBE_FINISHED_NO_INTERNET, und Thunderbird findet mail.contoso.example nicht. Trotzdem zeigt das WLAN &apos;Verbunden&apos;, und die Seite des Routers öffnet sich über seine Adresse. Der Internetanbieter hat die DHCP-Einstellungen des Routers vor einer Stunde korrigiert. Finden Sie, was fehlt, und bringen Sie den PC dazu, die neuen Einstellungen zu übernehmen.</translation>
    </message>
    <message>
        <source>Adware installed a layered provider</source>
        <translation>Adware hat einen Schichtanbieter installiert</translation>
    </message>
    <message>
        <source>Since installing a free &apos;internet accelerator&apos;, Outlook and Chrome fail at random with &apos;error 10056&apos;. Several programs are affected, so the machine itself is suspect. Find what sits in the Winsock catalog, and remove only that.</source>
        <translation>Seit der Installation eines kostenlosen &apos;Internetbeschleunigers&apos; scheitern Outlook und Chrome zufällig mit &apos;error 10056&apos;. Mehrere Programme sind betroffen, also steht der Computer selbst unter Verdacht. Finden Sie, was im Winsock-Katalog sitzt, und entfernen Sie nur das.</translation>
    </message>
    <message>
        <source>An uninstalled antivirus left its provider behind</source>
        <translation>Ein deinstalliertes Antivirenprogramm hat seinen Anbieter zurückgelassen</translation>
    </message>
    <message>
        <source>Yesterday the old NOD32 antivirus was uninstalled to make room for the company&apos;s new one. Since this morning Chrome, Outlook and Teams cannot connect at all (&apos;error 10106&apos; in Chrome, &apos;socket error 10056&apos; in Outlook). Find out what the uninstaller left behind and remove it, without resetting more than needed.</source>
        <translation>Gestern wurde das alte Antivirenprogramm NOD32 deinstalliert, um Platz für das neue der Firma zu schaffen. Seit heute Morgen können Chrome, Outlook und Teams überhaupt keine Verbindung herstellen (&apos;error 10106&apos; in Chrome, &apos;socket error 10056&apos; in Outlook). Finden Sie heraus, was das Deinstallationsprogramm zurückgelassen hat, und entfernen Sie es, ohne mehr als nötig zurückzusetzen.</translation>
    </message>
    <message>
        <source>A program uses up the local ports</source>
        <translation>Ein Programm verbraucht die lokalen Ports</translation>
    </message>
    <message>
        <source>Since the inventory agent was updated on Friday, this PC gets slower at connecting every day until nothing connects (&apos;error 10055: no buffer space available&apos;, sometimes 10056 in Outlook); a reboot helps for a day. Find which program holds the ports, and free them without rebooting the whole machine.</source>
        <translation>Seit der Inventar-Agent am Freitag aktualisiert wurde, baut dieser PC jeden Tag langsamer Verbindungen auf, bis gar nichts mehr verbindet (&apos;error 10055: no buffer space available&apos;, manchmal 10056 in Outlook); ein Neustart hilft für einen Tag. Finden Sie, welches Programm die Ports hält, und geben Sie sie frei, ohne den ganzen Computer neu zu starten.</translation>
    </message>
    <message>
        <source>A fixed address that a reset would wipe</source>
        <translation>Eine feste Adresse, die ein Reset löschen würde</translation>
    </message>
    <message>
        <source>The reception PC prints visitor badges on a printer that only accepts this PC&apos;s fixed address, 10.20.30.41 (there is no DHCP on the reception network). Since someone installed Proxifier to reach a blocked site, BadgeDesk fails with &apos;socket error 10056&apos;. A colleague says: just run &apos;netsh int ip reset&apos; and &apos;netsh winsock reset&apos;. Fix it without losing the fixed address.</source>
        <translation>Der Empfangs-PC druckt Besucherausweise auf einem Drucker, der nur die feste Adresse dieses PCs akzeptiert, 10.20.30.41 (im Empfangsnetz gibt es kein DHCP). Seit jemand Proxifier installiert hat, um eine gesperrte Website zu erreichen, scheitert BadgeDesk mit &apos;socket error 10056&apos;. Ein Kollege sagt: Führ einfach &apos;netsh int ip reset&apos; und &apos;netsh winsock reset&apos; aus. Beheben Sie es, ohne die feste Adresse zu verlieren.</translation>
    </message>
    <message>
        <source>loaded into process %1: %2</source>
        <translation>in Prozess %1 geladen: %2</translation>
    </message>
    <message>
        <source>%1 (not run)</source>
        <translation>%1 (nicht ausgeführt)</translation>
    </message>
    <message>
        <source>needs admin</source>
        <translation>erfordert Administratorrechte</translation>
    </message>
    <message>
        <source>needs reboot</source>
        <translation>erfordert Neustart</translation>
    </message>
    <message>
        <source>drops connections</source>
        <translation>trennt Verbindungen</translation>
    </message>
    <message>
        <source>can cut the machine off</source>
        <translation>kann den Computer vom Netzwerk trennen</translation>
    </message>
    <message>
        <source>the simulated machine (catalog, processes, sockets, adapters, events, reachability) and the fixes applied to it</source>
        <translation>der simulierte Computer (Katalog, Prozesse, Sockets, Adapter, Ereignisse, Erreichbarkeit) und die auf ihn angewandten Korrekturen</translation>
    </message>
    <message>
        <source>Empties the local DNS cache of systemd-resolved, so stale or poisoned answers are looked up again. Nothing else changes.</source>
        <translation>Leert den lokalen DNS-Cache von systemd-resolved, sodass veraltete oder vergiftete Antworten neu abgefragt werden. Sonst ändert sich nichts.</translation>
    </message>
    <message>
        <source>nothing: a DNS cache cannot be put back, and it refills by itself</source>
        <translation>nichts: Ein DNS-Cache lässt sich nicht zurückspielen, und er füllt sich von selbst wieder</translation>
    </message>
    <message>
        <source>nothing to put back: the DNS cache refills by itself</source>
        <translation>nichts zurückzuspielen: Der DNS-Cache füllt sich von selbst wieder</translation>
    </message>
    <message>
        <source>restore requested</source>
        <translation>Wiederherstellung angefordert</translation>
    </message>
    <message>
        <source>unknown: check the machine by hand</source>
        <translation>unbekannt: Prüfen Sie den Computer von Hand</translation>
    </message>
    <message>
        <source>apply</source>
        <translation>Anwendung</translation>
    </message>
    <message>
        <source>restore</source>
        <translation>Wiederherstellung</translation>
    </message>
    <message>
        <source>connectivity was confirmed; the change was kept</source>
        <translation>die Verbindung wurde bestätigt; die Änderung bleibt</translation>
    </message>
    <message>
        <source>a revert was asked for</source>
        <translation>ein Zurücksetzen wurde angefordert</translation>
    </message>
    <message>
        <source>the administrator password prompt was dismissed or refused</source>
        <translation>die Abfrage des Administratorkennworts wurde geschlossen oder abgelehnt</translation>
    </message>
    <message>
        <source>Reset the Winsock catalog (%1)</source>
        <translation>Winsock-Katalog zurücksetzen (%1)</translation>
    </message>
    <message>
        <source>Remove one layered provider (%1)</source>
        <translation>Einen geschichteten Anbieter entfernen (%1)</translation>
    </message>
    <message>
        <source>Keep layered providers out of one application (%1)</source>
        <translation>Geschichtete Anbieter von einer Anwendung fernhalten (%1)</translation>
    </message>
    <message>
        <source>Reset TCP/IP and re-apply the static configuration (%1)</source>
        <translation>TCP/IP zurücksetzen und die statische Konfiguration erneut anwenden (%1)</translation>
    </message>
    <message>
        <source>Flush the DNS cache (%1)</source>
        <translation>DNS-Cache leeren (%1)</translation>
    </message>
    <message>
        <source>Restart a network adapter (%1)</source>
        <translation>Einen Netzwerkadapter neu starten (%1)</translation>
    </message>
    <message>
        <source>Restart a service (%1)</source>
        <translation>Einen Dienst neu starten (%1)</translation>
    </message>
    <message>
        <source>Re-apply an adapter&apos;s IP configuration (%1)</source>
        <translation>IP-Konfiguration eines Adapters erneut anwenden (%1)</translation>
    </message>
    <message>
        <source>Remove a library from /etc/ld.so.preload (%1)</source>
        <translation>Eine Bibliothek aus /etc/ld.so.preload entfernen (%1)</translation>
    </message>
    <message>
        <source>%1 (as scenario &apos;%2&apos; says)</source>
        <translation>%1 (laut Szenario &apos;%2&apos;)</translation>
    </message>
    <message>
        <source>Re-apply the IP configuration of %1</source>
        <translation>IP-Konfiguration von %1 erneut anwenden</translation>
    </message>
    <message>
        <source>Clears the addresses of %1 and applies its configuration again — NetworkManager&apos;s profile where NetworkManager manages it, otherwise exactly the addresses and routes captured in the snapshot — which drops stale routes and addresses without losing a static configuration.</source>
        <translation>Löscht die Adressen von %1 und wendet seine Konfiguration erneut an — das NetworkManager-Profil, wo NetworkManager die Schnittstelle verwaltet, sonst genau die im Snapshot erfassten Adressen und Routen —, wodurch veraltete Routen und Adressen verschwinden, ohne eine statische Konfiguration zu verlieren.</translation>
    </message>
    <message>
        <source>Restart network interface %1</source>
        <translation>Netzwerkschnittstelle %1 neu starten</translation>
    </message>
    <message>
        <source>Takes %1 down and up again, which resets its driver state and drops its connections, then re-adds the IPv6 addresses and routes the kernel removes on the way, so its configuration stays as it is.</source>
        <translation>Schaltet %1 aus und wieder ein, was den Treiberzustand zurücksetzt und ihre Verbindungen trennt, und fügt dann die IPv6-Adressen und Routen wieder hinzu, die der Kernel dabei entfernt, sodass ihre Konfiguration bleibt, wie sie ist.</translation>
    </message>
    <message>
        <source>Restart the service %1</source>
        <translation>Dienst %1 neu starten</translation>
    </message>
    <message>
        <source>Stops and starts %1 through systemd, which clears a service stuck with half-open connections. Its own connections drop while it restarts.</source>
        <translation>Stoppt und startet %1 über systemd, was einen Dienst mit hängenden halboffenen Verbindungen befreit. Seine eigenen Verbindungen brechen während des Neustarts ab.</translation>
    </message>
    <message>
        <source>%1 (whether the unit was running)</source>
        <translation>%1 (ob die Unit lief)</translation>
    </message>
    <message>
        <source>The dynamic loader injects every library listed in %1 into every program, as a layered provider does on Windows. Removing %2 stops it from intercepting the programs&apos; sockets; the library itself stays on disk, and the snapshot can put the entry back.</source>
        <translation>Der dynamische Lader lädt jede in %1 eingetragene Bibliothek in jedes Programm, wie es ein geschichteter Anbieter unter Windows tut. Das Entfernen von %2 verhindert, dass sie die Sockets der Programme abfängt; die Bibliothek selbst bleibt auf der Festplatte, und der Snapshot kann den Eintrag zurückbringen.</translation>
    </message>
    <message>
        <source>a copy of %1 (bytes and permissions)</source>
        <translation>eine Kopie von %1 (Bytes und Berechtigungen)</translation>
    </message>
    <message>
        <source>then %1 is rewritten without %2 (atomically: temporary file, rename)</source>
        <translation>dann wird %1 ohne %2 neu geschrieben (atomar: temporäre Datei, Umbenennen)</translation>
    </message>
    <message>
        <source>Remove %1 from %2</source>
        <translation>%1 aus %2 entfernen</translation>
    </message>
    <message>
        <source>systemd-resolved is not running (no %1): this machine keeps no local DNS cache to flush</source>
        <translation>systemd-resolved läuft nicht (kein %1): Dieser Computer hat keinen lokalen DNS-Cache zum Leeren</translation>
    </message>
    <message>
        <source>resolvectl cannot be run: %1</source>
        <translation>resolvectl kann nicht ausgeführt werden: %1</translation>
    </message>
    <message>
        <source>there is no network interface called &apos;%1&apos; here</source>
        <translation>hier gibt es keine Netzwerkschnittstelle namens &apos;%1&apos;</translation>
    </message>
    <message>
        <source>the DNS cache holds %1 entries right after the flush</source>
        <translation>der DNS-Cache enthält direkt nach dem Leeren %1 Einträge</translation>
    </message>
    <message>
        <source>%1 has the addresses, routes and state of snapshot %2</source>
        <translation>%1 hat die Adressen, Routen und den Zustand von Snapshot %2</translation>
    </message>
    <message>
        <source>could not write the journal first: %1</source>
        <translation>das Journal konnte vorher nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>the fix did not work: %1</source>
        <translation>die Korrektur hat nicht gewirkt: %1</translation>
    </message>
    <message>
        <source>changed as intended; snapshot %1 can undo it</source>
        <translation>wie beabsichtigt geändert; Snapshot %1 kann es rückgängig machen</translation>
    </message>
    <message>
        <source>changed, but whether it worked could not be verified; snapshot %1 can undo it</source>
        <translation>geändert, aber ob es gewirkt hat, ließ sich nicht prüfen; Snapshot %1 kann es rückgängig machen</translation>
    </message>
    <message>
        <source>the journal could not be written: %1</source>
        <translation>das Journal konnte nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>changed; the next run of wsafix will roll back to snapshot %1</source>
        <translation>geändert; der nächste Lauf von wsafix setzt auf Snapshot %1 zurück</translation>
    </message>
    <message>
        <source>%1; the rollback failed: %2</source>
        <translation>%1; das Zurücksetzen ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>%1; rolled back</source>
        <translation>%1; zurückgesetzt</translation>
    </message>
    <message>
        <source>NOT as before the fix: restore snapshot %1 (wsafix snapshots restore %2)</source>
        <translation>NICHT wie vor der Korrektur: Stellen Sie Snapshot %1 wieder her (wsafix snapshots restore %2)</translation>
    </message>
    <message>
        <source>NOT as before the fix: restore snapshot %1 by hand</source>
        <translation>NICHT wie vor der Korrektur: Stellen Sie Snapshot %1 von Hand wieder her</translation>
    </message>
    <message>
        <source>as before the fix (snapshot %1)</source>
        <translation>wie vor der Korrektur (Snapshot %1)</translation>
    </message>
    <message>
        <source>restored snapshot %1</source>
        <translation>Snapshot %1 wiederhergestellt</translation>
    </message>
    <message>
        <source>an interrupted %1 of %2 on %3 (not this machine, %4) was left as it is</source>
        <translation>eine unterbrochene %1 von %2 auf %3 (nicht diesem Computer, %4) wurde belassen, wie sie ist</translation>
    </message>
    <message>
        <source>unknown for %1</source>
        <translation>unbekannt für %1</translation>
    </message>
    <message>
        <source>an earlier %1 of %2 was interrupted (the process ended at step %3)</source>
        <translation>eine frühere %1 von %2 wurde unterbrochen (der Prozess endete bei Schritt %3)</translation>
    </message>
    <message>
        <source>an interrupted %1 of %2 cannot be rolled back: %3</source>
        <translation>eine unterbrochene %1 von %2 kann nicht zurückgesetzt werden: %3</translation>
    </message>
    <message>
        <source>%1 needs administrator rights, and on the simulated machine &apos;%2&apos; wsafix runs without them (its scenario says &quot;elevated&quot;: false)</source>
        <translation>%1 erfordert Administratorrechte, und auf dem simulierten Computer &apos;%2&apos; läuft wsafix ohne sie (sein Szenario sagt &quot;elevated&quot;: false)</translation>
    </message>
    <message>
        <source>%1 needs administrator rights to change the network configuration, and wsafix runs without them: run it from a command prompt opened with &quot;Run as administrator&quot;, or ask an administrator</source>
        <translation>%1 erfordert Administratorrechte, um die Netzwerkkonfiguration zu ändern, und wsafix läuft ohne sie: Starten Sie es aus einer Eingabeaufforderung, die mit „Als Administrator ausführen“ geöffnet wurde, oder fragen Sie einen Administrator</translation>
    </message>
    <message>
        <source>%1 needs root (administrator) rights to change the network configuration, and wsafix runs as an ordinary user: run it as root (sudo wsafix fix ...) or ask an administrator</source>
        <translation>%1 erfordert Root-Rechte (Administratorrechte), um die Netzwerkkonfiguration zu ändern, und wsafix läuft als normaler Benutzer: Führen Sie es als root aus (sudo wsafix fix ...) oder fragen Sie einen Administrator</translation>
    </message>
    <message>
        <source>the guard refuses to watch: %1; nothing was changed</source>
        <translation>der Wächter verweigert die Überwachung: %1; nichts wurde geändert</translation>
    </message>
    <message>
        <source>the guard cannot write its state: %1</source>
        <translation>der Wächter kann seinen Zustand nicht schreiben: %1</translation>
    </message>
    <message>
        <source>%1: the auto-revert guard restored snapshot %2 (%3) — machine: %4</source>
        <translation>%1: Der Rücksetz-Wächter hat Snapshot %2 wiederhergestellt (%3) — Computer: %4</translation>
    </message>
    <message>
        <source>%1: the auto-revert guard could not restore snapshot %2 (%3) — machine: %4</source>
        <translation>%1: Der Rücksetz-Wächter konnte Snapshot %2 nicht wiederherstellen (%3) — Computer: %4</translation>
    </message>
    <message>
        <source>connectivity was not confirmed within %1 s</source>
        <translation>die Verbindung wurde nicht innerhalb von %1 s bestätigt</translation>
    </message>
    <message>
        <source>auto-revert guard: connectivity was not confirmed in time; %1</source>
        <translation>Rücksetz-Wächter: Die Verbindung wurde nicht rechtzeitig bestätigt; %1</translation>
    </message>
    <message>
        <source>the program to run elevated must be an absolute path: %1</source>
        <translation>das mit erhöhten Rechten auszuführende Programm muss ein absoluter Pfad sein: %1</translation>
    </message>
    <message>
        <source>pkexec could not start (%1); ask an administrator to run: sudo %2 fix ...</source>
        <translation>pkexec konnte nicht starten (%1); bitten Sie einen Administrator, Folgendes auszuführen: sudo %2 fix ...</translation>
    </message>
    <message>
        <source>the elevated fix step did not end within %1 s</source>
        <translation>der Korrekturschritt mit erhöhten Rechten endete nicht innerhalb von %1 s</translation>
    </message>
    <message>
        <source>not authorized, or no authentication agent is running (pkexec: %1)</source>
        <translation>nicht autorisiert, oder kein Authentifizierungsagent läuft (pkexec: %1)</translation>
    </message>
    <message>
        <source>the fix step ran as root (pkexec) and exited with %1</source>
        <translation>der Korrekturschritt lief als root (pkexec) und endete mit %1</translation>
    </message>
    <message>
        <source>%1; the auto-revert guard did not report back (see %2)</source>
        <translation>%1; der Rücksetz-Wächter hat sich nicht zurückgemeldet (siehe %2)</translation>
    </message>
    <message>
        <source>neither $XDG_CONFIG_HOME nor $HOME is an absolute path, so there is no autostart folder</source>
        <translation>weder $XDG_CONFIG_HOME noch $HOME ist ein absoluter Pfad, daher gibt es keinen Autostart-Ordner</translation>
    </message>
    <message>
        <source>the autostart entry %1 could not be written: %2</source>
        <translation>der Autostart-Eintrag %1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>the autostart entry %1 could not be removed: %2</source>
        <translation>der Autostart-Eintrag %1 konnte nicht entfernt werden: %2</translation>
    </message>
    <message>
        <source>The program wanted a network port that is already taken, either by another program or by an earlier copy of itself that has not let go of it yet.</source>
        <translation>Das Programm wollte einen Netzwerkport verwenden, der schon belegt ist – von einem anderen Programm oder von einer früheren Kopie seiner selbst, die ihn noch nicht freigegeben hat.</translation>
    </message>
    <message>
        <source>The program asked to use a network address that this computer does not have, or an address that cannot be used at all, such as port 0.</source>
        <translation>Das Programm wollte eine Netzwerkadresse verwenden, die dieser Computer nicht hat, oder eine Adresse, die gar nicht verwendet werden kann, etwa Port 0.</translation>
    </message>
    <message>
        <source>Windows reports that the network is not working on this computer, so no program can connect right now.</source>
        <translation>Windows meldet, dass das Netzwerk auf diesem Computer nicht funktioniert; derzeit kann sich kein Programm verbinden.</translation>
    </message>
    <message>
        <source>This computer knows no way to the network the program wants to reach; often the connection to the router or to the VPN is missing.</source>
        <translation>Dieser Computer kennt keinen Weg in das Netzwerk, das das Programm erreichen will; oft fehlt die Verbindung zum Router oder zum VPN.</translation>
    </message>
    <message>
        <source>An open connection broke because the other side stopped answering while the program was still using it.</source>
        <translation>Eine offene Verbindung ist abgebrochen, weil die Gegenseite nicht mehr antwortete, während das Programm sie noch benutzte.</translation>
    </message>
    <message>
        <source>Software on this computer closed an open connection, for example a firewall, an antivirus program or the program itself after waiting too long.</source>
        <translation>Software auf diesem Computer hat eine offene Verbindung geschlossen, zum Beispiel eine Firewall, ein Virenschutzprogramm oder das Programm selbst nach zu langem Warten.</translation>
    </message>
    <message>
        <source>The computer at the other end closed the connection abruptly. The problem is usually on that server or on the way to it, not on this computer.</source>
        <translation>Der Computer am anderen Ende hat die Verbindung abrupt geschlossen. Das Problem liegt meist bei diesem Server oder auf dem Weg dorthin, nicht auf diesem Computer.</translation>
    </message>
    <message>
        <source>Windows ran out of resources for network connections, usually because one program has opened far too many of them.</source>
        <translation>Windows sind die Ressourcen für Netzwerkverbindungen ausgegangen, meist weil ein Programm viel zu viele davon geöffnet hat.</translation>
    </message>
    <message>
        <source>The program tried to send or receive over a connection that was not open: never opened, or already closed.</source>
        <translation>Das Programm wollte über eine Verbindung senden oder empfangen, die nicht offen war: nie geöffnet oder schon geschlossen.</translation>
    </message>
    <message>
        <source>The computer the program tried to reach did not answer in time. It may be switched off or blocked by a firewall, or the address may be wrong.</source>
        <translation>Der Computer, den das Programm erreichen wollte, hat nicht rechtzeitig geantwortet. Er ist vielleicht ausgeschaltet oder durch eine Firewall blockiert, oder die Adresse ist falsch.</translation>
    </message>
    <message>
        <source>The computer the program tried to reach answered, but nothing accepts connections on that port: the service there is stopped, or the port number is wrong.</source>
        <translation>Der Computer, den das Programm erreichen wollte, hat geantwortet, aber auf diesem Port nimmt nichts Verbindungen an: Der Dienst dort ist beendet oder die Portnummer ist falsch.</translation>
    </message>
    <message>
        <source>The computer the program tried to reach seems to be switched off or disconnected.</source>
        <translation>Der Computer, den das Programm erreichen wollte, scheint ausgeschaltet oder vom Netz getrennt zu sein.</translation>
    </message>
    <message>
        <source>This computer found no way to reach the other computer; often the local network or the VPN connection is missing.</source>
        <translation>Dieser Computer hat keinen Weg zum anderen Computer gefunden; oft fehlt das lokale Netzwerk oder die VPN-Verbindung.</translation>
    </message>
    <message>
        <source>Windows&apos; networking component is not ready, so the program cannot use the network at all. Restarting the computer often helps; if not, the network setup needs repair.</source>
        <translation>Die Netzwerkkomponente von Windows ist nicht bereit, daher kann das Programm das Netzwerk gar nicht nutzen. Ein Neustart des Computers hilft oft; sonst muss die Netzwerkeinrichtung repariert werden.</translation>
    </message>
    <message>
        <source>The program did not prepare Windows networking before using it. This is a fault in the program; updating or reinstalling it is the remedy, not a repair of Windows.</source>
        <translation>Das Programm hat die Windows-Netzwerkfunktionen vor der Benutzung nicht vorbereitet. Das ist ein Fehler im Programm; Abhilfe schafft ein Update oder eine Neuinstallation, keine Reparatur von Windows.</translation>
    </message>
    <message>
        <source>A networking add-on installed into Windows cannot start, so programs cannot use the network. This usually comes from leftover VPN, proxy or security software.</source>
        <translation>Eine in Windows installierte Netzwerkerweiterung kann nicht starten, daher können Programme das Netzwerk nicht nutzen. Das kommt meist von Resten einer VPN-, Proxy- oder Sicherheitssoftware.</translation>
    </message>
    <message>
        <source>A basic Windows networking operation failed where it should never fail; usually the Winsock setup is damaged or a networking add-on misbehaves.</source>
        <translation>Eine grundlegende Netzwerkoperation von Windows ist fehlgeschlagen, wo sie nie fehlschlagen sollte; meist ist die Winsock-Einrichtung beschädigt oder eine Netzwerkerweiterung verhält sich falsch.</translation>
    </message>
    <message>
        <source>The computer name or web address the program uses could not be found. It may be misspelled, or the name service (DNS) cannot be reached.</source>
        <translation>Der Computername oder die Webadresse, die das Programm verwendet, wurde nicht gefunden. Vielleicht ist sie falsch geschrieben, oder der Namensdienst (DNS) ist nicht erreichbar.</translation>
    </message>
    <message>
        <source>The name lookup got no answer this time; trying again in a moment may work. If it keeps failing, the DNS server cannot be reached.</source>
        <translation>Die Namensauflösung hat diesmal keine Antwort erhalten; ein erneuter Versuch in einem Moment kann klappen. Schlägt sie weiter fehl, ist der DNS-Server nicht erreichbar.</translation>
    </message>
    <message>
        <source>The name exists, but has no address of the kind the program asked for, for example no IPv4 address.</source>
        <translation>Der Name existiert, hat aber keine Adresse der Art, nach der das Programm gefragt hat, zum Beispiel keine IPv4-Adresse.</translation>
    </message>
    <message>
        <source>bind() asked for a local address and port that an existing socket holds, or one that is still closing (TIME_WAIT). After a bind() to a wildcard address the error can surface later, in connect() or listen(). Client code rarely needs bind(): connect() picks a free local port by itself.</source>
        <translation>bind() verlangte eine lokale Adresse und einen Port, die ein bestehender Socket belegt oder die noch geschlossen werden (TIME_WAIT). Nach einem bind() an eine Platzhalteradresse kann der Fehler später auftreten, in connect() oder listen(). Client-Code braucht bind() selten: connect() wählt selbst einen freien lokalen Port.</translation>
    </message>
    <message>
        <source>Another program, or a second copy of the same program, already listens on that port.</source>
        <translation>Ein anderes Programm oder eine zweite Kopie desselben Programms lauscht schon auf diesem Port.</translation>
    </message>
    <message>
        <source>The program restarted and its previous connections still hold the port while they close (TIME_WAIT).</source>
        <translation>Das Programm wurde neu gestartet, und seine vorherigen Verbindungen belegen den Port noch, während sie geschlossen werden (TIME_WAIT).</translation>
    </message>
    <message>
        <source>A program opens and closes outgoing connections so fast that Windows has to reuse local ports too early (Tcpip event 4227 in the System log).</source>
        <translation>Ein Programm öffnet und schließt ausgehende Verbindungen so schnell, dass Windows lokale Ports zu früh wiederverwenden muss (Tcpip-Ereignis 4227 im Systemprotokoll).</translation>
    </message>
    <message>
        <source>The sockets probe shows which process owns the port. A second copy of the same program: close it. Tcpip event 4227 points at a program that churns connections, not at a broken machine.</source>
        <translation>Die Prüfung sockets zeigt, welcher Prozess den Port belegt. Eine zweite Kopie desselben Programms: schließen Sie sie. Tcpip-Ereignis 4227 deutet auf ein Programm, das ständig Verbindungen auf- und abbaut, nicht auf einen defekten Computer.</translation>
    </message>
    <message>
        <source>bind() named a local address that no interface of this machine has, or connect()/sendto() named a remote address or port that is not valid (for example 0.0.0.0 or port 0). On Linux, EADDRNOTAVAIL from connect() also means that no free local port was left for an outgoing connection.</source>
        <translation>bind() nannte eine lokale Adresse, die keine Schnittstelle dieses Computers hat, oder connect()/sendto() nannte eine ungültige entfernte Adresse oder einen ungültigen Port (zum Beispiel 0.0.0.0 oder Port 0). Unter Linux bedeutet EADDRNOTAVAIL aus connect() auch, dass kein freier lokaler Port für eine ausgehende Verbindung übrig war.</translation>
    </message>
    <message>
        <source>The program is set to use a local IP address the machine no longer has (a new DHCP lease, a removed adapter, a disconnected VPN).</source>
        <translation>Das Programm ist auf eine lokale IP-Adresse eingestellt, die der Computer nicht mehr hat (eine neue DHCP-Zuweisung, ein entfernter Adapter, ein getrenntes VPN).</translation>
    </message>
    <message>
        <source>The target address or port in the program&apos;s settings is empty or zero.</source>
        <translation>Die Zieladresse oder der Zielport in den Einstellungen des Programms ist leer oder null.</translation>
    </message>
    <message>
        <source>On Linux: every local port for outgoing connections is in use.</source>
        <translation>Unter Linux: Alle lokalen Ports für ausgehende Verbindungen sind belegt.</translation>
    </message>
    <message>
        <source>Compare the address in the program&apos;s settings with the adapters probe: a missing address means the adapter or its lease changed.</source>
        <translation>Vergleichen Sie die Adresse in den Einstellungen des Programms mit der Prüfung adapters: Fehlt die Adresse, hat sich der Adapter oder seine DHCP-Zuweisung geändert.</translation>
    </message>
    <message>
        <source>The operation met a dead network: a failure of the protocol stack, of the network interface or of the local network. The arguments of the call are not the cause.</source>
        <translation>Die Operation traf auf ein totes Netzwerk: ein Fehler des Protokollstapels, der Netzwerkschnittstelle oder des lokalen Netzwerks. Die Argumente des Aufrufs sind nicht die Ursache.</translation>
    </message>
    <message>
        <source>The network adapter is disabled, unplugged, or its driver stopped.</source>
        <translation>Der Netzwerkadapter ist deaktiviert oder ausgesteckt, oder sein Treiber wurde beendet.</translation>
    </message>
    <message>
        <source>The local network itself is down (switch, Wi-Fi access point).</source>
        <translation>Das lokale Netzwerk selbst ist ausgefallen (Switch, WLAN-Zugangspunkt).</translation>
    </message>
    <message>
        <source>The TCP/IP stack or the Winsock configuration is damaged, often after VPN or security software was removed.</source>
        <translation>Der TCP/IP-Stapel oder die Winsock-Konfiguration ist beschädigt, oft nachdem VPN- oder Sicherheitssoftware entfernt wurde.</translation>
    </message>
    <message>
        <source>No adapter up in the adapters probe: start there. Adapters up but every program fails: suspect the stack and the Winsock catalog.</source>
        <translation>Kein Adapter aktiv in der Prüfung adapters: Beginnen Sie dort. Adapter aktiv, aber jedes Programm scheitert: Verdächtigen Sie den Protokollstapel und den Winsock-Katalog.</translation>
    </message>
    <message>
        <source>No route to the destination network: the routing table has no entry for the target address, typically because there is no default gateway.</source>
        <translation>Keine Route zum Zielnetzwerk: Die Routingtabelle hat keinen Eintrag für die Zieladresse, meist weil es kein Standardgateway gibt.</translation>
    </message>
    <message>
        <source>No default gateway: the adapter has no DHCP lease, or a static setup lacks the gateway.</source>
        <translation>Kein Standardgateway: Der Adapter hat keine DHCP-Zuweisung, oder einer statischen Einrichtung fehlt das Gateway.</translation>
    </message>
    <message>
        <source>The VPN that routes the target network is disconnected.</source>
        <translation>Das VPN, das das Zielnetzwerk routet, ist getrennt.</translation>
    </message>
    <message>
        <source>The target is an IPv6 address and this machine has no IPv6 route.</source>
        <translation>Das Ziel ist eine IPv6-Adresse, und dieser Computer hat keine IPv6-Route.</translation>
    </message>
    <message>
        <source>The adapters probe lists gateways: no gateway on any adapter that is up explains the error.</source>
        <translation>Die Prüfung adapters listet die Gateways auf: Kein Gateway an einem aktiven Adapter erklärt den Fehler.</translation>
    </message>
    <message>
        <source>Keep-alive probes found the connection dead while an operation was in progress. Operations in progress fail with WSAENETRESET, later ones with WSAECONNRESET. setsockopt(SO_KEEPALIVE) on a connection that has already failed returns it too.</source>
        <translation>Keep-Alive-Proben fanden die Verbindung tot, während eine Operation lief. Laufende Operationen scheitern mit WSAENETRESET, spätere mit WSAECONNRESET. setsockopt(SO_KEEPALIVE) auf einer bereits gescheiterten Verbindung liefert ihn ebenfalls.</translation>
    </message>
    <message>
        <source>The network path dropped for a while (Wi-Fi, VPN reconnect, a laptop that slept).</source>
        <translation>Der Netzwerkpfad war eine Weile unterbrochen (WLAN, VPN-Neuverbindung, ein Laptop im Ruhezustand).</translation>
    </message>
    <message>
        <source>The remote host rebooted or lost its network.</source>
        <translation>Der entfernte Host wurde neu gestartet oder hat sein Netzwerk verloren.</translation>
    </message>
    <message>
        <source>A firewall or NAT device forgot the idle connection.</source>
        <translation>Eine Firewall oder ein NAT-Gerät hat die ruhende Verbindung vergessen.</translation>
    </message>
    <message>
        <source>Look for adapter or VPN changes at the time of the error in the event log, and check whether only one server is affected.</source>
        <translation>Suchen Sie im Ereignisprotokoll nach Adapter- oder VPN-Änderungen zum Zeitpunkt des Fehlers, und prüfen Sie, ob nur ein Server betroffen ist.</translation>
    </message>
    <message>
        <source>The local stack aborted an established connection, possibly because of a data transmission time-out or a protocol error. Security software that filters traffic on this machine can abort connections too.</source>
        <translation>Der lokale Stapel hat eine bestehende Verbindung abgebrochen, vielleicht wegen einer Zeitüberschreitung bei der Datenübertragung oder eines Protokollfehlers. Auch Sicherheitssoftware, die den Verkehr auf diesem Computer filtert, kann Verbindungen abbrechen.</translation>
    </message>
    <message>
        <source>Retransmissions timed out: the network path lost data for too long.</source>
        <translation>Wiederholte Übertragungen liefen in eine Zeitüberschreitung: Der Netzwerkpfad hat zu lange Daten verloren.</translation>
    </message>
    <message>
        <source>A local firewall, antivirus or VPN program cut the connection.</source>
        <translation>Eine lokale Firewall, ein Virenschutz- oder ein VPN-Programm hat die Verbindung getrennt.</translation>
    </message>
    <message>
        <source>A layered service provider in the Winsock catalog interfered.</source>
        <translation>Ein Layered Service Provider im Winsock-Katalog hat eingegriffen.</translation>
    </message>
    <message>
        <source>Several programs losing connections at once: look at the Winsock catalog and security software. One program only: look at its own time-outs.</source>
        <translation>Mehrere Programme verlieren gleichzeitig Verbindungen: Sehen Sie sich den Winsock-Katalog und die Sicherheitssoftware an. Nur ein Programm: Sehen Sie sich dessen eigene Zeitlimits an.</translation>
    </message>
    <message>
        <source>The peer reset the connection: its program stopped or closed with an abortive close (SO_LINGER with a zero time-out), the host rebooted, or keep-alive found the connection broken. On a UDP socket, Windows reports an ICMP port-unreachable caused by an earlier send as WSAECONNRESET on a later receive.</source>
        <translation>Die Gegenstelle hat die Verbindung zurückgesetzt: Das Programm dort wurde beendet oder hat hart geschlossen (SO_LINGER mit Zeitlimit null), der Host wurde neu gestartet, oder Keep-Alive fand die Verbindung unterbrochen. Auf einem UDP-Socket meldet Windows ein ICMP „Port nicht erreichbar“ nach einem früheren Senden als WSAECONNRESET bei einem späteren Empfang.</translation>
    </message>
    <message>
        <source>The server program crashed, restarted, or rejected the request and closed hard.</source>
        <translation>Das Serverprogramm ist abgestürzt, wurde neu gestartet oder hat die Anfrage abgelehnt und hart geschlossen.</translation>
    </message>
    <message>
        <source>A firewall, proxy or load balancer between the two reset the connection.</source>
        <translation>Eine Firewall, ein Proxy oder ein Load Balancer zwischen beiden hat die Verbindung zurückgesetzt.</translation>
    </message>
    <message>
        <source>The server or its network went down.</source>
        <translation>Der Server oder sein Netzwerk ist ausgefallen.</translation>
    </message>
    <message>
        <source>Every client of the same server affected: the server is at fault. The connectivity probe to another host shows whether this machine&apos;s network is fine.</source>
        <translation>Alle Clients desselben Servers betroffen: Der Server ist schuld. Die Prüfung connectivity zu einem anderen Host zeigt, ob das Netzwerk dieses Computers in Ordnung ist.</translation>
    </message>
    <message>
        <source>The system lacked buffer space or a queue was full. In practice: too many sockets are open, or the range of local ports for outgoing connections is used up by connections left in TIME_WAIT.</source>
        <translation>Dem System fehlte Pufferspeicher oder eine Warteschlange war voll. In der Praxis: Zu viele Sockets sind offen, oder der Bereich lokaler Ports für ausgehende Verbindungen ist durch Verbindungen in TIME_WAIT aufgebraucht.</translation>
    </message>
    <message>
        <source>A program leaks sockets, or opens connections faster than it closes them, and exhausts the local ports.</source>
        <translation>Ein Programm verliert Sockets oder öffnet Verbindungen schneller, als es sie schließt, und erschöpft die lokalen Ports.</translation>
    </message>
    <message>
        <source>Many programs together use all local ports (busy servers, aggressive monitoring tools).</source>
        <translation>Viele Programme zusammen belegen alle lokalen Ports (stark belastete Server, aggressive Überwachungswerkzeuge).</translation>
    </message>
    <message>
        <source>The machine is short of memory.</source>
        <translation>Der Computer hat zu wenig Arbeitsspeicher.</translation>
    </message>
    <message>
        <source>The sockets probe counts sockets per process: one process with thousands of TIME_WAIT or BOUND sockets is the culprit, and restarting it frees them.</source>
        <translation>Die Prüfung sockets zählt die Sockets je Prozess: Ein Prozess mit Tausenden Sockets in TIME_WAIT oder BOUND ist der Verursacher, und ein Neustart gibt sie frei.</translation>
    </message>
    <message>
        <source>send() or recv() (or an option such as SO_KEEPALIVE) on a connection-oriented socket that is not connected, or sendto() on a datagram socket without a destination address.</source>
        <translation>send() oder recv() (oder eine Option wie SO_KEEPALIVE) auf einem verbindungsorientierten Socket, der nicht verbunden ist, oder sendto() auf einem Datagramm-Socket ohne Zieladresse.</translation>
    </message>
    <message>
        <source>The program uses the socket before its non-blocking connect() has completed, or after shutting it down.</source>
        <translation>Das Programm benutzt den Socket, bevor sein nicht blockierendes connect() abgeschlossen ist, oder nachdem es ihn heruntergefahren hat.</translation>
    </message>
    <message>
        <source>The connection was reset or dropped and the program did not notice.</source>
        <translation>Die Verbindung wurde zurückgesetzt oder getrennt, und das Programm hat es nicht bemerkt.</translation>
    </message>
    <message>
        <source>A datagram socket sends without an address.</source>
        <translation>Ein Datagramm-Socket sendet ohne Adresse.</translation>
    </message>
    <message>
        <source>One application affected: the application. If resets (10054) come just before it in the same log, look at the server or the network first.</source>
        <translation>Eine Anwendung betroffen: die Anwendung. Stehen Zurücksetzungen (10054) kurz davor im selben Protokoll, sehen Sie sich zuerst den Server oder das Netzwerk an.</translation>
    </message>
    <message>
        <source>The connection attempt got no answer within the retry period (not even a refusal), or an established connection stopped being acknowledged. A refusal would have been WSAECONNREFUSED; silence usually means a firewall that drops packets, a wrong address, or a broken path.</source>
        <translation>Der Verbindungsversuch erhielt innerhalb der Wiederholungsfrist keine Antwort (nicht einmal eine Ablehnung), oder eine bestehende Verbindung wurde nicht mehr bestätigt. Eine Ablehnung wäre WSAECONNREFUSED gewesen; Stille bedeutet meist eine Firewall, die Pakete verwirft, eine falsche Adresse oder einen unterbrochenen Pfad.</translation>
    </message>
    <message>
        <source>A firewall on this machine, on the network or on the server silently drops the connection.</source>
        <translation>Eine Firewall auf diesem Computer, im Netzwerk oder auf dem Server verwirft die Verbindung stillschweigend.</translation>
    </message>
    <message>
        <source>The server is down, or the address or port is wrong.</source>
        <translation>Der Server ist ausgefallen, oder Adresse oder Port sind falsch.</translation>
    </message>
    <message>
        <source>The network path is broken or very lossy (no gateway, VPN down).</source>
        <translation>Der Netzwerkpfad ist unterbrochen oder sehr verlustreich (kein Gateway, VPN getrennt).</translation>
    </message>
    <message>
        <source>The connectivity probe tries the same host and port and another host: if only that target fails, the server or a firewall on the way is at fault.</source>
        <translation>Die Prüfung connectivity versucht denselben Host und Port und einen anderen Host: Scheitert nur dieses Ziel, sind der Server oder eine Firewall auf dem Weg schuld.</translation>
    </message>
    <message>
        <source>The target host answered with a reset: no socket listens on that address and port (the server is not running, listens on another port or interface, or its queue of pending connections is full), or a firewall rejects the connection actively.</source>
        <translation>Der Zielhost antwortete mit einem Reset: Kein Socket lauscht auf dieser Adresse und diesem Port (der Server läuft nicht, lauscht auf einem anderen Port oder einer anderen Schnittstelle, oder seine Warteschlange ausstehender Verbindungen ist voll), oder eine Firewall lehnt die Verbindung aktiv ab.</translation>
    </message>
    <message>
        <source>The server program or service is not running.</source>
        <translation>Das Serverprogramm oder der Dienst läuft nicht.</translation>
    </message>
    <message>
        <source>Wrong port, or the server listens only on another address (for example only on 127.0.0.1).</source>
        <translation>Falscher Port, oder der Server lauscht nur auf einer anderen Adresse (zum Beispiel nur auf 127.0.0.1).</translation>
    </message>
    <message>
        <source>A firewall rejects the connection.</source>
        <translation>Eine Firewall lehnt die Verbindung ab.</translation>
    </message>
    <message>
        <source>The server&apos;s queue of pending connections is full.</source>
        <translation>Die Warteschlange ausstehender Verbindungen des Servers ist voll.</translation>
    </message>
    <message>
        <source>A refusal comes from the remote side. If the target is this machine, the sockets probe shows whether anything listens on the port.</source>
        <translation>Eine Ablehnung kommt von der Gegenseite. Ist das Ziel dieser Computer, zeigt die Prüfung sockets, ob etwas auf dem Port lauscht.</translation>
    </message>
    <message>
        <source>The destination host is down. Windows reports such conditions more often as WSAETIMEDOUT.</source>
        <translation>Der Zielhost ist nicht erreichbar (ausgefallen). Windows meldet solche Fälle häufiger als WSAETIMEDOUT.</translation>
    </message>
    <message>
        <source>The target machine is off, asleep or disconnected.</source>
        <translation>Der Zielcomputer ist ausgeschaltet, im Ruhezustand oder vom Netz getrennt.</translation>
    </message>
    <message>
        <source>The name points to the wrong or an old machine, for example through a stale DNS entry.</source>
        <translation>Der Name zeigt auf den falschen oder einen alten Computer, zum Beispiel durch einen veralteten DNS-Eintrag.</translation>
    </message>
    <message>
        <source>The local network path is down.</source>
        <translation>Der lokale Netzwerkpfad ist unterbrochen.</translation>
    </message>
    <message>
        <source>If other hosts answer the connectivity probe, the target is at fault.</source>
        <translation>Antworten andere Hosts auf die Prüfung connectivity, ist das Ziel schuld.</translation>
    </message>
    <message>
        <source>No route to the host: the routing table has no usable route, or a router on the way reported the host unreachable.</source>
        <translation>Keine Route zum Host: Die Routingtabelle hat keine verwendbare Route, oder ein Router auf dem Weg hat den Host als unerreichbar gemeldet.</translation>
    </message>
    <message>
        <source>No default gateway, or the VPN for that network is down.</source>
        <translation>Kein Standardgateway, oder das VPN für dieses Netzwerk ist getrennt.</translation>
    </message>
    <message>
        <source>A router or firewall on the way reports the host as unreachable.</source>
        <translation>Ein Router oder eine Firewall auf dem Weg meldet den Host als unerreichbar.</translation>
    </message>
    <message>
        <source>The target is on a network this machine is not connected to.</source>
        <translation>Das Ziel liegt in einem Netzwerk, mit dem dieser Computer nicht verbunden ist.</translation>
    </message>
    <message>
        <source>The adapters probe lists gateways; the connectivity probe shows whether other hosts are reachable.</source>
        <translation>Die Prüfung adapters listet die Gateways auf; die Prüfung connectivity zeigt, ob andere Hosts erreichbar sind.</translation>
    </message>
    <message>
        <source>WSAStartup() failed because the underlying network subsystem is unavailable. Microsoft&apos;s advice: check that the right Winsock DLL is found first on the path, that no second Winsock implementation is in use, and that all networking components are installed and configured.</source>
        <translation>WSAStartup() ist fehlgeschlagen, weil das zugrunde liegende Netzwerk-Subsystem nicht verfügbar ist. Microsofts Rat: Prüfen Sie, dass die richtige Winsock-DLL zuerst im Pfad gefunden wird, dass keine zweite Winsock-Implementierung verwendet wird und dass alle Netzwerkkomponenten installiert und konfiguriert sind.</translation>
    </message>
    <message>
        <source>The Winsock catalog or the network configuration is damaged, often after VPN or security software was removed.</source>
        <translation>Der Winsock-Katalog oder die Netzwerkkonfiguration ist beschädigt, oft nachdem VPN- oder Sicherheitssoftware entfernt wurde.</translation>
    </message>
    <message>
        <source>An old or foreign winsock.dll or wsock32.dll sits next to the program or on the path.</source>
        <translation>Eine alte oder fremde winsock.dll oder wsock32.dll liegt neben dem Programm oder im Pfad.</translation>
    </message>
    <message>
        <source>Networking services are not running yet (very early at start-up) or are disabled.</source>
        <translation>Die Netzwerkdienste laufen noch nicht (sehr früh beim Start) oder sind deaktiviert.</translation>
    </message>
    <message>
        <source>Every program fails: the machine. One program fails: look for Winsock DLLs in its folder.</source>
        <translation>Jedes Programm scheitert: der Computer. Ein Programm scheitert: Suchen Sie nach Winsock-DLLs in seinem Ordner.</translation>
    </message>
    <message>
        <source>A Winsock function was called before a successful WSAStartup(), after WSACleanup() was called too many times, or after WSAStartup() failed and the failure was ignored. Sharing a socket with a task that did not start Winsock gives it too.</source>
        <translation>Eine Winsock-Funktion wurde vor einem erfolgreichen WSAStartup() aufgerufen, nachdem WSACleanup() zu oft aufgerufen wurde, oder nachdem WSAStartup() fehlschlug und der Fehler ignoriert wurde. Auch das Teilen eines Sockets mit einem Task, der Winsock nicht gestartet hat, führt dazu.</translation>
    </message>
    <message>
        <source>The program never calls WSAStartup(), for example in a DLL or a thread that starts early.</source>
        <translation>Das Programm ruft WSAStartup() nie auf, zum Beispiel in einer DLL oder einem Thread, der früh startet.</translation>
    </message>
    <message>
        <source>WSACleanup() is called once too often, for example by a library that shuts down while others still use sockets.</source>
        <translation>WSACleanup() wird einmal zu oft aufgerufen, zum Beispiel von einer Bibliothek, die sich beendet, während andere noch Sockets benutzen.</translation>
    </message>
    <message>
        <source>WSAStartup() failed (see 10091 and 10106) and the program carried on.</source>
        <translation>WSAStartup() ist fehlgeschlagen (siehe 10091 und 10106), und das Programm hat einfach weitergemacht.</translation>
    </message>
    <message>
        <source>Only this program affected: the program. Other programs failing to start networking too: look for the causes of 10091 and 10106 in the Winsock catalog.</source>
        <translation>Nur dieses Programm betroffen: das Programm. Auch andere Programme können das Netzwerk nicht starten: Suchen Sie die Ursachen von 10091 und 10106 im Winsock-Katalog.</translation>
    </message>
    <message>
        <source>A service provider&apos;s DLL could not be loaded (LoadLibrary failed), or its WSPStartup or NSPStartup failed. Typically a layered provider whose DLL was deleted while its entry stayed in the Winsock catalog.</source>
        <translation>Die DLL eines Dienstanbieters konnte nicht geladen werden (LoadLibrary schlug fehl), oder ihr WSPStartup oder NSPStartup ist fehlgeschlagen. Typisch ist ein Layered Provider, dessen DLL gelöscht wurde, während sein Eintrag im Winsock-Katalog blieb.</translation>
    </message>
    <message>
        <source>An orphaned layered service provider: its DLL is missing after VPN, proxy or security software was uninstalled.</source>
        <translation>Ein verwaister Layered Service Provider: Seine DLL fehlt, nachdem VPN-, Proxy- oder Sicherheitssoftware deinstalliert wurde.</translation>
    </message>
    <message>
        <source>A provider DLL that is broken or does not match the program&apos;s 32/64-bit architecture.</source>
        <translation>Eine Anbieter-DLL, die defekt ist oder nicht zur 32/64-Bit-Architektur des Programms passt.</translation>
    </message>
    <message>
        <source>A damaged Winsock catalog in the registry.</source>
        <translation>Ein beschädigter Winsock-Katalog in der Registrierung.</translation>
    </message>
    <message>
        <source>The catalog probe lists providers whose DLL is missing: one such entry explains the error in every program.</source>
        <translation>Die Prüfung catalog listet Anbieter auf, deren DLL fehlt: Ein solcher Eintrag erklärt den Fehler in jedem Programm.</translation>
    </message>
    <message>
        <source>A system call that should never fail did, for example a wait on events or the registry access to the protocol and namespace catalogs. It is also returned when a provider fails without giving an error code, which can point at a faulty service provider.</source>
        <translation>Ein Systemaufruf, der nie fehlschlagen sollte, ist fehlgeschlagen, zum Beispiel ein Warten auf Ereignisse oder der Registrierungszugriff auf die Protokoll- und Namespace-Kataloge. Er wird auch geliefert, wenn ein Anbieter ohne Fehlercode scheitert, was auf einen fehlerhaften Dienstanbieter hindeuten kann.</translation>
    </message>
    <message>
        <source>A faulty layered service provider.</source>
        <translation>Ein fehlerhafter Layered Service Provider.</translation>
    </message>
    <message>
        <source>Registry access to the Winsock catalogs fails.</source>
        <translation>Der Registrierungszugriff auf die Winsock-Kataloge schlägt fehl.</translation>
    </message>
    <message>
        <source>The catalog probe shows third-party and orphaned providers; none there points at the registry itself.</source>
        <translation>Die Prüfung catalog zeigt Anbieter von Drittherstellern und verwaiste Anbieter; ist dort keiner, deutet das auf die Registrierung selbst.</translation>
    </message>
    <message>
        <source>Name resolution (getaddrinfo, gethostbyname) answered that the name is unknown. On Linux, getaddrinfo() reports this as EAI_NONAME (&quot;Name or service not known&quot;).</source>
        <translation>Die Namensauflösung (getaddrinfo, gethostbyname) hat geantwortet, dass der Name unbekannt ist. Unter Linux meldet getaddrinfo() das als EAI_NONAME („Name or service not known“).</translation>
    </message>
    <message>
        <source>The host name is misspelled or no longer exists.</source>
        <translation>Der Hostname ist falsch geschrieben oder existiert nicht mehr.</translation>
    </message>
    <message>
        <source>The DNS server in use does not know internal names (VPN down, wrong DNS suffix).</source>
        <translation>Der verwendete DNS-Server kennt interne Namen nicht (VPN getrennt, falsches DNS-Suffix).</translation>
    </message>
    <message>
        <source>A stale answer in the DNS cache, or a wrong entry in the hosts file.</source>
        <translation>Eine veraltete Antwort im DNS-Cache oder ein falscher Eintrag in der hosts-Datei.</translation>
    </message>
    <message>
        <source>Look up another well-known name: if that fails too, name resolution on this machine is at fault; if not, the name itself is.</source>
        <translation>Lösen Sie einen anderen bekannten Namen auf: Scheitert auch das, ist die Namensauflösung dieses Computers schuld; sonst der Name selbst.</translation>
    </message>
    <message>
        <source>A temporary resolver failure: the local DNS server got no response from an authoritative server. On Linux, getaddrinfo() reports EAI_AGAIN (&quot;Temporary failure in name resolution&quot;).</source>
        <translation>Ein vorübergehender Fehler der Namensauflösung: Der lokale DNS-Server erhielt keine Antwort von einem autoritativen Server. Unter Linux meldet getaddrinfo() EAI_AGAIN („Temporary failure in name resolution“).</translation>
    </message>
    <message>
        <source>The DNS server is slow, overloaded or unreachable.</source>
        <translation>Der DNS-Server ist langsam, überlastet oder nicht erreichbar.</translation>
    </message>
    <message>
        <source>The network link is unstable.</source>
        <translation>Die Netzwerkverbindung ist instabil.</translation>
    </message>
    <message>
        <source>A firewall blocks DNS (port 53).</source>
        <translation>Eine Firewall blockiert DNS (Port 53).</translation>
    </message>
    <message>
        <source>If every lookup fails, check the DNS servers in the adapters probe; if only some do, the remote DNS servers are slow.</source>
        <translation>Scheitert jede Namensauflösung, prüfen Sie die DNS-Server in der Prüfung adapters; scheitern nur einige, sind die entfernten DNS-Server langsam.</translation>
    </message>
    <message>
        <source>The name resolved, but without a record of the requested type: for example an IPv6-only name asked for IPv4 addresses, or a name with only a mail (MX) record. On Linux, glibc&apos;s getaddrinfo() reports EAI_NODATA (&quot;No address associated with hostname&quot;).</source>
        <translation>Der Name wurde aufgelöst, aber ohne Eintrag des gewünschten Typs: zum Beispiel ein reiner IPv6-Name, nach IPv4-Adressen gefragt, oder ein Name mit nur einem Mail-Eintrag (MX). Unter Linux meldet getaddrinfo() von glibc EAI_NODATA („No address associated with hostname“).</translation>
    </message>
    <message>
        <source>The name has only IPv6 (or only IPv4) addresses and the program asks for the other kind.</source>
        <translation>Der Name hat nur IPv6- (oder nur IPv4-)Adressen, und das Programm fragt nach der anderen Art.</translation>
    </message>
    <message>
        <source>The DNS entry is incomplete, for example only a mail record.</source>
        <translation>Der DNS-Eintrag ist unvollständig, zum Beispiel nur ein Mail-Eintrag.</translation>
    </message>
    <message>
        <source>Split DNS answers differently inside and outside the VPN.</source>
        <translation>Split-DNS antwortet innerhalb und außerhalb des VPN unterschiedlich.</translation>
    </message>
    <message>
        <source>Compare the answer with and without the VPN; a flush of the DNS cache rules out a stale answer.</source>
        <translation>Vergleichen Sie die Antwort mit und ohne VPN; ein Leeren des DNS-Caches schließt eine veraltete Antwort aus.</translation>
    </message>
    <message>
        <source>Specified event object handle is invalid.</source>
        <translation>Das angegebene Ereignisobjekt-Handle ist ungültig.</translation>
    </message>
    <message>
        <source>The handle is invalid.</source>
        <translation>Das Handle ist ungültig.</translation>
    </message>
    <message>
        <source>Insufficient memory available.</source>
        <translation>Nicht genügend Speicher verfügbar.</translation>
    </message>
    <message>
        <source>Not enough storage is available to process this command.</source>
        <translation>Nicht genügend Speicher verfügbar, um diesen Befehl zu verarbeiten.</translation>
    </message>
    <message>
        <source>One or more parameters are invalid.</source>
        <translation>Ein oder mehrere Parameter sind ungültig.</translation>
    </message>
    <message>
        <source>The parameter is incorrect.</source>
        <translation>Falscher Parameter.</translation>
    </message>
    <message>
        <source>Overlapped operation aborted.</source>
        <translation>Überlappender Vorgang abgebrochen.</translation>
    </message>
    <message>
        <source>The I/O operation has been aborted because of either a thread exit or an application request.</source>
        <translation>Der E/A-Vorgang wurde wegen eines Threadendes oder einer Anwendungsanforderung abgebrochen.</translation>
    </message>
    <message>
        <source>Overlapped I/O event object not in signaled state.</source>
        <translation>Überlappendes E/A-Ereignisobjekt nicht im signalisierten Zustand.</translation>
    </message>
    <message>
        <source>Overlapped I/O event is not in a signaled state.</source>
        <translation>Das überlappende E/A-Ereignis befindet sich nicht im signalisierten Zustand.</translation>
    </message>
    <message>
        <source>Overlapped operations will complete later.</source>
        <translation>Überlappende Vorgänge werden später abgeschlossen.</translation>
    </message>
    <message>
        <source>Overlapped I/O operation is in progress.</source>
        <translation>Überlappender E/A-Vorgang wird verarbeitet.</translation>
    </message>
    <message>
        <source>Interrupted function call.</source>
        <translation>Unterbrochener Funktionsaufruf.</translation>
    </message>
    <message>
        <source>A blocking operation was interrupted by a call to WSACancelBlockingCall.</source>
        <translation>Ein blockierender Vorgang wurde durch einen Aufruf von WSACancelBlockingCall unterbrochen.</translation>
    </message>
    <message>
        <source>File handle is not valid.</source>
        <translation>Das Dateihandle ist ungültig.</translation>
    </message>
    <message>
        <source>The file handle supplied is not valid.</source>
        <translation>Das angegebene Dateihandle ist ungültig.</translation>
    </message>
    <message>
        <source>Permission denied.</source>
        <translation>Zugriff verweigert.</translation>
    </message>
    <message>
        <source>An attempt was made to access a socket in a way forbidden by its access permissions.</source>
        <translation>Der Zugriff auf einen Socket war aufgrund der Zugriffsrechte des Sockets unzulässig.</translation>
    </message>
    <message>
        <source>Bad address.</source>
        <translation>Ungültige Adresse.</translation>
    </message>
    <message>
        <source>The system detected an invalid pointer address in attempting to use a pointer argument in a call.</source>
        <translation>Das System hat beim Versuch, ein Zeigerargument in einem Aufruf zu verwenden, eine ungültige Zeigeradresse erkannt.</translation>
    </message>
    <message>
        <source>Invalid argument.</source>
        <translation>Ungültiges Argument.</translation>
    </message>
    <message>
        <source>An invalid argument was supplied.</source>
        <translation>Ein ungültiges Argument wurde angegeben.</translation>
    </message>
    <message>
        <source>Too many open files.</source>
        <translation>Zu viele offene Dateien.</translation>
    </message>
    <message>
        <source>Too many open sockets.</source>
        <translation>Zu viele offene Sockets.</translation>
    </message>
    <message>
        <source>Resource temporarily unavailable.</source>
        <translation>Ressource vorübergehend nicht verfügbar.</translation>
    </message>
    <message>
        <source>A non-blocking socket operation could not be completed immediately.</source>
        <translation>Ein nicht blockierender Socketvorgang konnte nicht sofort ausgeführt werden.</translation>
    </message>
    <message>
        <source>Operation now in progress.</source>
        <translation>Vorgang wird jetzt ausgeführt.</translation>
    </message>
    <message>
        <source>A blocking operation is currently executing.</source>
        <translation>Ein blockierender Vorgang wird gerade ausgeführt.</translation>
    </message>
    <message>
        <source>Operation already in progress.</source>
        <translation>Vorgang wird bereits ausgeführt.</translation>
    </message>
    <message>
        <source>An operation was attempted on a non-blocking socket that already had an operation in progress.</source>
        <translation>Ein Vorgang wurde für einen nicht blockierenden Socket versucht, für den bereits ein Vorgang ausgeführt wird.</translation>
    </message>
    <message>
        <source>Socket operation on nonsocket.</source>
        <translation>Socketvorgang für ein Nicht-Socket.</translation>
    </message>
    <message>
        <source>An operation was attempted on something that is not a socket.</source>
        <translation>Ein Vorgang bezog sich auf ein Objekt, das kein Socket ist.</translation>
    </message>
    <message>
        <source>Destination address required.</source>
        <translation>Zieladresse erforderlich.</translation>
    </message>
    <message>
        <source>A required address was omitted from an operation on a socket.</source>
        <translation>Bei einem Vorgang an einem Socket wurde eine erforderliche Adresse ausgelassen.</translation>
    </message>
    <message>
        <source>Message too long.</source>
        <translation>Nachricht zu lang.</translation>
    </message>
    <message>
        <source>A message sent on a datagram socket was larger than the internal message buffer or some other network limit, or the buffer used to receive a datagram into was smaller than the datagram itself.</source>
        <translation>Eine an einem Datagrammsocket gesendete Nachricht war größer als der interne Nachrichtenpuffer oder ein anderes Netzwerklimit, oder der Puffer für den Empfang eines Datagramms war kleiner als das Datagramm selbst.</translation>
    </message>
    <message>
        <source>Protocol wrong type for socket.</source>
        <translation>Falscher Protokolltyp für Socket.</translation>
    </message>
    <message>
        <source>A protocol was specified in the socket function call that does not support the semantics of the socket type requested.</source>
        <translation>Im Socketfunktionsaufruf wurde ein Protokoll angegeben, das die Semantik des angeforderten Sockettyps nicht unterstützt.</translation>
    </message>
    <message>
        <source>Bad protocol option.</source>
        <translation>Ungültige Protokolloption.</translation>
    </message>
    <message>
        <source>An unknown, invalid, or unsupported option or level was specified in a getsockopt or setsockopt call.</source>
        <translation>Eine unbekannte, ungültige oder nicht unterstützte Option oder Ebene wurde in einem getsockopt- oder setsockopt-Aufruf angegeben.</translation>
    </message>
    <message>
        <source>Protocol not supported.</source>
        <translation>Protokoll nicht unterstützt.</translation>
    </message>
    <message>
        <source>The requested protocol has not been configured into the system, or no implementation for it exists.</source>
        <translation>Das angeforderte Protokoll wurde im System nicht konfiguriert, oder es gibt keine Implementierung dafür.</translation>
    </message>
    <message>
        <source>Socket type not supported.</source>
        <translation>Sockettyp nicht unterstützt.</translation>
    </message>
    <message>
        <source>The support for the specified socket type does not exist in this address family.</source>
        <translation>Der angegebene Sockettyp wird in dieser Adressfamilie nicht unterstützt.</translation>
    </message>
    <message>
        <source>Operation not supported.</source>
        <translation>Vorgang nicht unterstützt.</translation>
    </message>
    <message>
        <source>The attempted operation is not supported for the type of object referenced.</source>
        <translation>Der versuchte Vorgang wird für den Typ des Objekts, auf das verwiesen wird, nicht unterstützt.</translation>
    </message>
    <message>
        <source>Protocol family not supported.</source>
        <translation>Protokollfamilie nicht unterstützt.</translation>
    </message>
    <message>
        <source>The protocol family has not been configured into the system or no implementation for it exists.</source>
        <translation>Die Protokollfamilie wurde im System nicht konfiguriert, oder es gibt keine Implementierung dafür.</translation>
    </message>
    <message>
        <source>Address family not supported by protocol family.</source>
        <translation>Adressfamilie wird von der Protokollfamilie nicht unterstützt.</translation>
    </message>
    <message>
        <source>An address incompatible with the requested protocol was used.</source>
        <translation>Es wurde eine Adresse verwendet, die mit dem angeforderten Protokoll nicht kompatibel ist.</translation>
    </message>
    <message>
        <source>Address already in use.</source>
        <translation>Adresse wird bereits verwendet.</translation>
    </message>
    <message>
        <source>Only one usage of each socket address (protocol/network address/port) is normally permitted.</source>
        <translation>Normalerweise darf jede Socketadresse (Protokoll, Netzwerkadresse oder Anschluss) nur jeweils einmal verwendet werden.</translation>
    </message>
    <message>
        <source>Cannot assign requested address.</source>
        <translation>Angeforderte Adresse kann nicht zugewiesen werden.</translation>
    </message>
    <message>
        <source>The requested address is not valid in its context.</source>
        <translation>Die angeforderte Adresse ist in diesem Kontext ungültig.</translation>
    </message>
    <message>
        <source>Network is down.</source>
        <translation>Das Netzwerk ist nicht verfügbar.</translation>
    </message>
    <message>
        <source>A socket operation encountered a dead network.</source>
        <translation>Ein Socketvorgang hat ein nicht verfügbares Netzwerk festgestellt.</translation>
    </message>
    <message>
        <source>Network is unreachable.</source>
        <translation>Das Netzwerk ist nicht erreichbar.</translation>
    </message>
    <message>
        <source>A socket operation was attempted to an unreachable network.</source>
        <translation>Ein Socketvorgang bezog sich auf ein nicht verfügbares Netzwerk.</translation>
    </message>
    <message>
        <source>The connection has been broken due to keep-alive activity detecting a failure while the operation was in progress.</source>
        <translation>Die Verbindung wurde unterbrochen, da bei einem Vorgang ein Fehler durch die Keep-Alive-Aktivität erkannt wurde.</translation>
    </message>
    <message>
        <source>An established connection was aborted by the software in your host machine.</source>
        <translation>Eine bestehende Verbindung wurde softwaregesteuert durch den Hostcomputer abgebrochen.</translation>
    </message>
    <message>
        <source>An existing connection was forcibly closed by the remote host.</source>
        <translation>Eine vorhandene Verbindung wurde vom Remotehost geschlossen.</translation>
    </message>
    <message>
        <source>An operation on a socket could not be performed because the system lacked sufficient buffer space or because a queue was full.</source>
        <translation>Ein Vorgang an einem Socket konnte nicht ausgeführt werden, da dem System Pufferspeicher fehlte oder eine Warteschlange voll war.</translation>
    </message>
    <message>
        <source>A request to send or receive data was disallowed because the socket is not connected and (when sending on a datagram socket using a sendto call) no address was supplied.</source>
        <translation>Das Senden oder Empfangen von Daten wurde verhindert, da der Socket nicht verbunden ist und (beim Senden über einen Datagrammsocket mit einem sendto-Aufruf) keine Adresse angegeben wurde.</translation>
    </message>
    <message>
        <source>A request to send or receive data was disallowed because the socket had already been shut down in that direction with a previous shutdown call.</source>
        <translation>Das Senden oder Empfangen von Daten wurde verhindert, da der Socket in dieser Richtung bereits mit einem vorherigen Shutdown-Aufruf geschlossen wurde.</translation>
    </message>
    <message>
        <source>Too many references to some kernel object.</source>
        <translation>Zu viele Verweise auf ein Kernelobjekt.</translation>
    </message>
    <message>
        <source>Connection timed out.</source>
        <translation>Zeitüberschreitung der Verbindung.</translation>
    </message>
    <message>
        <source>A connection attempt failed because the connected party did not properly respond after a period of time, or established connection failed because connected host has failed to respond.</source>
        <translation>Ein Verbindungsversuch ist fehlgeschlagen, da die Gegenstelle nach einer bestimmten Zeitspanne nicht richtig reagiert hat, oder die hergestellte Verbindung war fehlerhaft, da der verbundene Host nicht reagiert hat.</translation>
    </message>
    <message>
        <source>Connection refused.</source>
        <translation>Verbindung abgelehnt.</translation>
    </message>
    <message>
        <source>No connection could be made because the target machine actively refused it.</source>
        <translation>Es konnte keine Verbindung hergestellt werden, da der Zielcomputer die Verbindung verweigerte.</translation>
    </message>
    <message>
        <source>Cannot translate name.</source>
        <translation>Name kann nicht übersetzt werden.</translation>
    </message>
    <message>
        <source>Name too long.</source>
        <translation>Name zu lang.</translation>
    </message>
    <message>
        <source>Name component or name was too long.</source>
        <translation>Ein Namensbestandteil oder der Name war zu lang.</translation>
    </message>
    <message>
        <source>Host is down.</source>
        <translation>Der Host ist nicht verfügbar.</translation>
    </message>
    <message>
        <source>A socket operation failed because the destination host was down.</source>
        <translation>Ein Socketvorgang ist fehlgeschlagen, da der Zielhost nicht verfügbar war.</translation>
    </message>
    <message>
        <source>No route to host.</source>
        <translation>Keine Route zum Host.</translation>
    </message>
    <message>
        <source>A socket operation was attempted to an unreachable host.</source>
        <translation>Ein Socketvorgang bezog sich auf einen nicht verfügbaren Host.</translation>
    </message>
    <message>
        <source>Directory not empty.</source>
        <translation>Verzeichnis nicht leer.</translation>
    </message>
    <message>
        <source>Cannot remove a directory that is not empty.</source>
        <translation>Ein Verzeichnis, das nicht leer ist, kann nicht entfernt werden.</translation>
    </message>
    <message>
        <source>Too many processes.</source>
        <translation>Zu viele Prozesse.</translation>
    </message>
    <message>
        <source>A Windows Sockets implementation may have a limit on the number of applications that may use it simultaneously.</source>
        <translation>Eine Windows Sockets-Implementierung kann die Anzahl der Anwendungen begrenzen, die sie gleichzeitig verwenden können.</translation>
    </message>
    <message>
        <source>User quota exceeded.</source>
        <translation>Benutzerkontingent überschritten.</translation>
    </message>
    <message>
        <source>Ran out of quota.</source>
        <translation>Kontingent erschöpft.</translation>
    </message>
    <message>
        <source>Disk quota exceeded.</source>
        <translation>Datenträgerkontingent überschritten.</translation>
    </message>
    <message>
        <source>Ran out of disk quota.</source>
        <translation>Datenträgerkontingent erschöpft.</translation>
    </message>
    <message>
        <source>Stale file handle reference.</source>
        <translation>Veralteter Dateihandleverweis.</translation>
    </message>
    <message>
        <source>File handle reference is no longer available.</source>
        <translation>Der Dateihandleverweis ist nicht mehr verfügbar.</translation>
    </message>
    <message>
        <source>Item is remote.</source>
        <translation>Element ist remote.</translation>
    </message>
    <message>
        <source>Item is not available locally.</source>
        <translation>Das Element ist lokal nicht verfügbar.</translation>
    </message>
    <message>
        <source>Network subsystem is unavailable.</source>
        <translation>Netzwerk-Subsystem ist nicht verfügbar.</translation>
    </message>
    <message>
        <source>WSAStartup cannot function at this time because the underlying system it uses to provide network services is currently unavailable.</source>
        <translation>WSAStartup kann zurzeit nicht ausgeführt werden, da das zugrunde liegende System, das zur Bereitstellung von Netzwerkdiensten verwendet wird, nicht verfügbar ist.</translation>
    </message>
    <message>
        <source>Winsock.dll version out of range.</source>
        <translation>Winsock.dll-Version außerhalb des gültigen Bereichs.</translation>
    </message>
    <message>
        <source>The Windows Sockets version requested is not supported.</source>
        <translation>Die angeforderte Windows Sockets-Version wird nicht unterstützt.</translation>
    </message>
    <message>
        <source>Successful WSAStartup not yet performed.</source>
        <translation>Noch kein erfolgreicher WSAStartup-Aufruf.</translation>
    </message>
    <message>
        <source>Either the application has not called WSAStartup, or WSAStartup failed.</source>
        <translation>Die Anwendung hat WSAStartup nicht aufgerufen, oder WSAStartup ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Graceful shutdown in progress.</source>
        <translation>Ordnungsgemäßes Herunterfahren wird ausgeführt.</translation>
    </message>
    <message>
        <source>Returned by WSARecv or WSARecvFrom to indicate the remote party has initiated a graceful shutdown sequence.</source>
        <translation>Wird von WSARecv oder WSARecvFrom zurückgegeben, um anzuzeigen, dass die Gegenstelle ein ordnungsgemäßes Herunterfahren eingeleitet hat.</translation>
    </message>
    <message>
        <source>No more results.</source>
        <translation>Keine weiteren Ergebnisse.</translation>
    </message>
    <message>
        <source>No more results can be returned by WSALookupServiceNext.</source>
        <translation>WSALookupServiceNext kann keine weiteren Ergebnisse zurückgeben.</translation>
    </message>
    <message>
        <source>Call has been canceled.</source>
        <translation>Der Aufruf wurde abgebrochen.</translation>
    </message>
    <message>
        <source>A call to WSALookupServiceEnd was made while this call was still processing. The call has been canceled.</source>
        <translation>WSALookupServiceEnd wurde aufgerufen, während dieser Aufruf noch verarbeitet wurde. Der Aufruf wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Procedure call table is invalid.</source>
        <translation>Die Prozeduraufruftabelle ist ungültig.</translation>
    </message>
    <message>
        <source>The procedure call table is invalid.</source>
        <translation>Die Prozeduraufruftabelle ist ungültig.</translation>
    </message>
    <message>
        <source>Service provider is invalid.</source>
        <translation>Der Dienstanbieter ist ungültig.</translation>
    </message>
    <message>
        <source>The requested service provider is invalid.</source>
        <translation>Der angeforderte Dienstanbieter ist ungültig.</translation>
    </message>
    <message>
        <source>Service provider failed to initialize.</source>
        <translation>Der Dienstanbieter konnte nicht initialisiert werden.</translation>
    </message>
    <message>
        <source>The requested service provider could not be loaded or initialized.</source>
        <translation>Der angeforderte Dienstanbieter konnte nicht geladen oder initialisiert werden.</translation>
    </message>
    <message>
        <source>System call failure.</source>
        <translation>Fehler bei einem Systemaufruf.</translation>
    </message>
    <message>
        <source>A system call has failed.</source>
        <translation>Ein Systemaufruf ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Service not found.</source>
        <translation>Dienst nicht gefunden.</translation>
    </message>
    <message>
        <source>No such service is known. The service cannot be found in the specified name space.</source>
        <translation>Dieser Dienst ist nicht bekannt. Der Dienst wurde im angegebenen Namespace nicht gefunden.</translation>
    </message>
    <message>
        <source>Class type not found.</source>
        <translation>Klassentyp nicht gefunden.</translation>
    </message>
    <message>
        <source>The specified class was not found.</source>
        <translation>Die angegebene Klasse wurde nicht gefunden.</translation>
    </message>
    <message>
        <source>Call was canceled.</source>
        <translation>Aufruf abgebrochen.</translation>
    </message>
    <message>
        <source>Database query was refused.</source>
        <translation>Datenbankabfrage wurde abgelehnt.</translation>
    </message>
    <message>
        <source>A database query failed because it was actively refused.</source>
        <translation>Eine Datenbankabfrage ist fehlgeschlagen, da sie aktiv abgelehnt wurde.</translation>
    </message>
    <message>
        <source>Host not found.</source>
        <translation>Host nicht gefunden.</translation>
    </message>
    <message>
        <source>No such host is known.</source>
        <translation>Der angegebene Host ist unbekannt.</translation>
    </message>
    <message>
        <source>Nonauthoritative host not found.</source>
        <translation>Nicht autorisierender Host nicht gefunden.</translation>
    </message>
    <message>
        <source>This is usually a temporary error during hostname resolution and means that the local server did not receive a response from an authoritative server.</source>
        <translation>Dies ist normalerweise ein vorübergehender Fehler bei der Hostnamensauflösung; er bedeutet, dass der lokale Server keine Antwort von einem autorisierenden Server erhalten hat.</translation>
    </message>
    <message>
        <source>This is a nonrecoverable error.</source>
        <translation>Dies ist ein nicht behebbarer Fehler.</translation>
    </message>
    <message>
        <source>A non-recoverable error occurred during a database lookup.</source>
        <translation>Bei einer Datenbanksuche trat ein nicht behebbarer Fehler auf.</translation>
    </message>
    <message>
        <source>Valid name, no data record of requested type.</source>
        <translation>Gültiger Name, kein Datensatz des angeforderten Typs.</translation>
    </message>
    <message>
        <source>The requested name is valid, but no data of the requested type was found.</source>
        <translation>Der angeforderte Name ist gültig, aber es wurden keine Daten des angeforderten Typs gefunden.</translation>
    </message>
    <message>
        <source>QoS receivers.</source>
        <translation>QoS-Empfänger.</translation>
    </message>
    <message>
        <source>At least one reserve has arrived.</source>
        <translation>Mindestens eine Reservierung ist eingetroffen.</translation>
    </message>
    <message>
        <source>QoS senders.</source>
        <translation>QoS-Sender.</translation>
    </message>
    <message>
        <source>At least one path has arrived.</source>
        <translation>Mindestens ein Pfad ist eingetroffen.</translation>
    </message>
    <message>
        <source>No QoS senders.</source>
        <translation>Keine QoS-Sender.</translation>
    </message>
    <message>
        <source>There are no senders.</source>
        <translation>Es gibt keine Sender.</translation>
    </message>
    <message>
        <source>QoS no receivers.</source>
        <translation>Keine QoS-Empfänger.</translation>
    </message>
    <message>
        <source>There are no receivers.</source>
        <translation>Es gibt keine Empfänger.</translation>
    </message>
    <message>
        <source>QoS request confirmed.</source>
        <translation>QoS-Anforderung bestätigt.</translation>
    </message>
    <message>
        <source>Reserve has been confirmed.</source>
        <translation>Die Reservierung wurde bestätigt.</translation>
    </message>
    <message>
        <source>QoS admission error.</source>
        <translation>QoS-Zulassungsfehler.</translation>
    </message>
    <message>
        <source>Error due to lack of resources.</source>
        <translation>Fehler wegen fehlender Ressourcen.</translation>
    </message>
    <message>
        <source>QoS policy failure.</source>
        <translation>QoS-Richtlinienfehler.</translation>
    </message>
    <message>
        <source>Rejected for administrative reasons - bad credentials.</source>
        <translation>Aus administrativen Gründen abgelehnt – ungültige Anmeldeinformationen.</translation>
    </message>
    <message>
        <source>QoS bad style.</source>
        <translation>Ungültiger QoS-Stil.</translation>
    </message>
    <message>
        <source>Unknown or conflicting style.</source>
        <translation>Unbekannter oder widersprüchlicher Stil.</translation>
    </message>
    <message>
        <source>QoS bad object.</source>
        <translation>Ungültiges QoS-Objekt.</translation>
    </message>
    <message>
        <source>Problem with some part of the filterspec or providerspecific buffer in general.</source>
        <translation>Problem mit einem Teil der Filterspezifikation oder allgemein des anbieterspezifischen Puffers.</translation>
    </message>
    <message>
        <source>QoS traffic control error.</source>
        <translation>QoS-Verkehrssteuerungsfehler.</translation>
    </message>
    <message>
        <source>Problem with some part of the flowspec.</source>
        <translation>Problem mit einem Teil der Flussspezifikation.</translation>
    </message>
    <message>
        <source>QoS generic error.</source>
        <translation>Allgemeiner QoS-Fehler.</translation>
    </message>
    <message>
        <source>General QOS error.</source>
        <translation>Allgemeiner QOS-Fehler.</translation>
    </message>
    <message>
        <source>QoS service type error.</source>
        <translation>QoS-Diensttypfehler.</translation>
    </message>
    <message>
        <source>An invalid or unrecognized service type was found in the flowspec.</source>
        <translation>In der Flussspezifikation wurde ein ungültiger oder unbekannter Diensttyp gefunden.</translation>
    </message>
    <message>
        <source>QoS flowspec error.</source>
        <translation>QoS-Flussspezifikationsfehler.</translation>
    </message>
    <message>
        <source>An invalid or inconsistent flowspec was found in the QOS structure.</source>
        <translation>In der QOS-Struktur wurde eine ungültige oder inkonsistente Flussspezifikation gefunden.</translation>
    </message>
    <message>
        <source>Invalid QoS provider buffer.</source>
        <translation>Ungültiger QoS-Anbieterpuffer.</translation>
    </message>
    <message>
        <source>Invalid QOS provider-specific buffer.</source>
        <translation>Ungültiger anbieterspezifischer QOS-Puffer.</translation>
    </message>
    <message>
        <source>Invalid QoS filter style.</source>
        <translation>Ungültiger QoS-Filterstil.</translation>
    </message>
    <message>
        <source>An invalid QOS filter style was used.</source>
        <translation>Ein ungültiger QOS-Filterstil wurde verwendet.</translation>
    </message>
    <message>
        <source>Invalid QoS filter type.</source>
        <translation>Ungültiger QoS-Filtertyp.</translation>
    </message>
    <message>
        <source>An invalid QOS filter type was used.</source>
        <translation>Ein ungültiger QOS-Filtertyp wurde verwendet.</translation>
    </message>
    <message>
        <source>Incorrect QoS filter count.</source>
        <translation>Falsche Anzahl von QoS-Filtern.</translation>
    </message>
    <message>
        <source>An incorrect number of QOS FILTERSPECs were specified in the FLOWDESCRIPTOR.</source>
        <translation>Im FLOWDESCRIPTOR wurde eine falsche Anzahl von QOS-FILTERSPECs angegeben.</translation>
    </message>
    <message>
        <source>Invalid QoS object length.</source>
        <translation>Ungültige QoS-Objektlänge.</translation>
    </message>
    <message>
        <source>An object with an invalid ObjectLength field was specified in the QOS provider-specific buffer.</source>
        <translation>Im anbieterspezifischen QOS-Puffer wurde ein Objekt mit ungültigem ObjectLength-Feld angegeben.</translation>
    </message>
    <message>
        <source>Incorrect QoS flow count.</source>
        <translation>Falsche Anzahl von QoS-Flüssen.</translation>
    </message>
    <message>
        <source>An incorrect number of flow descriptors was specified in the QOS structure.</source>
        <translation>In der QOS-Struktur wurde eine falsche Anzahl von Flussdeskriptoren angegeben.</translation>
    </message>
    <message>
        <source>Unrecognized QoS object.</source>
        <translation>Unbekanntes QoS-Objekt.</translation>
    </message>
    <message>
        <source>An unrecognized object was found in the QOS provider-specific buffer.</source>
        <translation>Im anbieterspezifischen QOS-Puffer wurde ein unbekanntes Objekt gefunden.</translation>
    </message>
    <message>
        <source>Invalid QoS policy object.</source>
        <translation>Ungültiges QoS-Richtlinienobjekt.</translation>
    </message>
    <message>
        <source>An invalid policy object was found in the QOS provider-specific buffer.</source>
        <translation>Im anbieterspezifischen QOS-Puffer wurde ein ungültiges Richtlinienobjekt gefunden.</translation>
    </message>
    <message>
        <source>Invalid QoS flow descriptor.</source>
        <translation>Ungültiger QoS-Flussdeskriptor.</translation>
    </message>
    <message>
        <source>An invalid QOS flow descriptor was found in the flow descriptor list.</source>
        <translation>In der Liste der Flussdeskriptoren wurde ein ungültiger QOS-Flussdeskriptor gefunden.</translation>
    </message>
    <message>
        <source>Invalid QoS provider-specific flowspec.</source>
        <translation>Ungültige anbieterspezifische QoS-Flussspezifikation.</translation>
    </message>
    <message>
        <source>An invalid or inconsistent flowspec was found in the QOS provider specific buffer.</source>
        <translation>Im anbieterspezifischen QOS-Puffer wurde eine ungültige oder inkonsistente Flussspezifikation gefunden.</translation>
    </message>
    <message>
        <source>Invalid QoS provider-specific filterspec.</source>
        <translation>Ungültige anbieterspezifische QoS-Filterspezifikation.</translation>
    </message>
    <message>
        <source>An invalid FILTERSPEC was found in the QOS provider-specific buffer.</source>
        <translation>Im anbieterspezifischen QOS-Puffer wurde eine ungültige FILTERSPEC gefunden.</translation>
    </message>
    <message>
        <source>Invalid QoS shape discard mode object.</source>
        <translation>Ungültiges QoS-Objekt für den Verwerfmodus der Formung.</translation>
    </message>
    <message>
        <source>An invalid shape discard mode object was found in the QOS provider specific buffer.</source>
        <translation>Im anbieterspezifischen QOS-Puffer wurde ein ungültiges Objekt für den Verwerfmodus der Formung gefunden.</translation>
    </message>
    <message>
        <source>Invalid QoS shaping rate object.</source>
        <translation>Ungültiges QoS-Objekt für die Formungsrate.</translation>
    </message>
    <message>
        <source>An invalid shaping rate object was found in the QOS provider-specific buffer.</source>
        <translation>Im anbieterspezifischen QOS-Puffer wurde ein ungültiges Objekt für die Formungsrate gefunden.</translation>
    </message>
    <message>
        <source>Reserved policy QoS element type.</source>
        <translation>Reservierter QoS-Richtlinienelementtyp.</translation>
    </message>
    <message>
        <source>A reserved policy element was found in the QOS provider-specific buffer.</source>
        <translation>Im anbieterspezifischen QOS-Puffer wurde ein reserviertes Richtlinienelement gefunden.</translation>
    </message>
    <message>
        <source>Interrupted system call</source>
        <translation>Unterbrochener Systemaufruf</translation>
    </message>
    <message>
        <source>Bad file descriptor</source>
        <translation>Ungültiger Dateideskriptor</translation>
    </message>
    <message>
        <source>Permission denied</source>
        <translation>Keine Berechtigung</translation>
    </message>
    <message>
        <source>Bad address</source>
        <translation>Ungültige Adresse</translation>
    </message>
    <message>
        <source>Invalid argument</source>
        <translation>Das Argument ist ungültig</translation>
    </message>
    <message>
        <source>Too many open files</source>
        <translation>Zu viele offene Dateien</translation>
    </message>
    <message>
        <source>Resource temporarily unavailable</source>
        <translation>Die Ressource ist zur Zeit nicht verfügbar</translation>
    </message>
    <message>
        <source>Operation now in progress</source>
        <translation>Die Operation ist jetzt in Bearbeitung</translation>
    </message>
    <message>
        <source>Operation already in progress</source>
        <translation>Die Operation ist bereits in Bearbeitung</translation>
    </message>
    <message>
        <source>Socket operation on non-socket</source>
        <translation>Socket-Operation auf Nicht-Socket</translation>
    </message>
    <message>
        <source>Destination address required</source>
        <translation>Zieladresse notwendig</translation>
    </message>
    <message>
        <source>Message too long</source>
        <translation>Die Nachricht ist zu lang</translation>
    </message>
    <message>
        <source>Protocol wrong type for socket</source>
        <translation>Protokoll vom falschen Typ für Socket</translation>
    </message>
    <message>
        <source>Protocol not available</source>
        <translation>Protokoll nicht verfügbar</translation>
    </message>
    <message>
        <source>Protocol not supported</source>
        <translation>Das Protokoll wird nicht unterstützt</translation>
    </message>
    <message>
        <source>Socket type not supported</source>
        <translation>Socket-Typ wird nicht unterstützt</translation>
    </message>
    <message>
        <source>Operation not supported</source>
        <translation>Die Operation wird nicht unterstützt</translation>
    </message>
    <message>
        <source>Protocol family not supported</source>
        <translation>Protokollfamilie nicht unterstützt</translation>
    </message>
    <message>
        <source>Address family not supported by protocol</source>
        <translation>Die Adressfamilie wird von der Protokollfamilie nicht unterstützt</translation>
    </message>
    <message>
        <source>Address already in use</source>
        <translation>Die Adresse wird bereits verwendet</translation>
    </message>
    <message>
        <source>Cannot assign requested address</source>
        <translation>Die angeforderte Adresse kann nicht zugewiesen werden</translation>
    </message>
    <message>
        <source>Network is down</source>
        <translation>Das Netzwerk ist nicht erreichbar (ausgefallen)</translation>
    </message>
    <message>
        <source>Network is unreachable</source>
        <translation>Das Netzwerk ist nicht erreichbar</translation>
    </message>
    <message>
        <source>Network dropped connection on reset</source>
        <translation>Netzwerk beendete Verbindung beim Zurücksetzen</translation>
    </message>
    <message>
        <source>Software caused connection abort</source>
        <translation>Die Software verursachte einen Verbindungsabbruch</translation>
    </message>
    <message>
        <source>Connection reset by peer</source>
        <translation>Die Verbindung wurde vom Kommunikationspartner zurückgesetzt</translation>
    </message>
    <message>
        <source>No buffer space available</source>
        <translation>Kein Pufferspeicher verfügbar</translation>
    </message>
    <message>
        <source>Transport endpoint is not connected</source>
        <translation>Der Transportendpunkt ist nicht verbunden</translation>
    </message>
    <message>
        <source>Cannot send after transport endpoint shutdown</source>
        <translation>Senden nach dem Abschalten des Transportendpunktes ist nicht möglich</translation>
    </message>
    <message>
        <source>Too many references: cannot splice</source>
        <translation>Zu viele Referenzen: Verbinden unmöglich</translation>
    </message>
    <message>
        <source>Connection timed out</source>
        <translation>Die Wartezeit für die Verbindung ist abgelaufen</translation>
    </message>
    <message>
        <source>Connection refused</source>
        <translation>Verbindungsaufbau abgelehnt</translation>
    </message>
    <message>
        <source>Too many levels of symbolic links</source>
        <translation>Zu viele Ebenen aus symbolischen Verknüpfungen</translation>
    </message>
    <message>
        <source>File name too long</source>
        <translation>Der Dateiname ist zu lang</translation>
    </message>
    <message>
        <source>Host is down</source>
        <translation>Der Rechner ist nicht aktiv</translation>
    </message>
    <message>
        <source>No route to host</source>
        <translation>Keine Route zum Zielrechner</translation>
    </message>
    <message>
        <source>Directory not empty</source>
        <translation>Das Verzeichnis ist nicht leer</translation>
    </message>
    <message>
        <source>Too many users</source>
        <translation>Zu viele Benutzer</translation>
    </message>
    <message>
        <source>Disk quota exceeded</source>
        <translation>Der zugewiesene Plattenplatz (Quota) ist überschritten</translation>
    </message>
    <message>
        <source>Stale file handle</source>
        <translation>Veraltete Dateizugriffsnummer (file handle)</translation>
    </message>
    <message>
        <source>Object is remote</source>
        <translation>Objekt ist entfernt</translation>
    </message>
    <message>
        <source>pasted text</source>
        <translation>eingefügter Text</translation>
    </message>
    <message>
        <source>not a command output wsafix knows</source>
        <translation>keine Befehlsausgabe, die wsafix kennt</translation>
    </message>
    <message>
        <source>not part of a catalog entry</source>
        <translation>gehört zu keinem Katalogeintrag</translation>
    </message>
    <message>
        <source>expected &apos;Label: value&apos; in a catalog entry</source>
        <translation>„Bezeichnung: Wert“ in einem Katalogeintrag erwartet</translation>
    </message>
    <message>
        <source>not part of an event&apos;s details</source>
        <translation>gehört nicht zu den Details eines Ereignisses</translation>
    </message>
    <message>
        <source>not an ipconfig line</source>
        <translation>keine ipconfig-Zeile</translation>
    </message>
    <message>
        <source>not a Get-NetTCPConnection row</source>
        <translation>keine Zeile von Get-NetTCPConnection</translation>
    </message>
    <message>
        <source>a value cut short by PowerShell&apos;s column width (&apos;...&apos;)</source>
        <translation>ein Wert, den PowerShells Spaltenbreite abgeschnitten hat („...“)</translation>
    </message>
    <message>
        <source>a Get-NetTCPConnection row with a value that cannot be read</source>
        <translation>eine Zeile von Get-NetTCPConnection mit einem Wert, der nicht gelesen werden kann</translation>
    </message>
    <message>
        <source>not a netsh command</source>
        <translation>kein netsh-Befehl</translation>
    </message>
    <message>
        <source>not part of netsh interface ip show config</source>
        <translation>gehört nicht zu netsh interface ip show config</translation>
    </message>
    <message>
        <source>a setting before any interface</source>
        <translation>eine Einstellung vor jeder Schnittstelle</translation>
    </message>
    <message>
        <source>a netstat row with an address or column that cannot be read</source>
        <translation>eine netstat-Zeile mit einer Adresse oder Spalte, die nicht gelesen werden kann</translation>
    </message>
    <message>
        <source>not a netstat line</source>
        <translation>keine netstat-Zeile</translation>
    </message>
    <message>
        <source>not part of a reset&apos;s output</source>
        <translation>gehört nicht zur Ausgabe eines Zurücksetzens</translation>
    </message>
    <message>
        <source>not part of Test-NetConnection&apos;s output</source>
        <translation>gehört nicht zur Ausgabe von Test-NetConnection</translation>
    </message>
    <message>
        <source>no reset step was listed</source>
        <translation>kein Schritt des Zurücksetzens aufgeführt</translation>
    </message>
    <message>
        <source>No such file or directory</source>
        <translation>Datei oder Verzeichnis nicht gefunden</translation>
    </message>
    <message>
        <source>Operation not permitted</source>
        <translation>Die Operation ist nicht erlaubt</translation>
    </message>
    <message>
        <source>there is no journal to read: journalctl found no journal files (systemd-journald is not running or keeps no journal)</source>
        <translation>es gibt kein Journal zu lesen: journalctl hat keine Journaldateien gefunden (systemd-journald läuft nicht oder führt kein Journal)</translation>
    </message>
    <message>
        <source>Empties the DNS client&apos;s cache (DnsFlushResolverCache, as `ipconfig /flushdns` does), so stale or poisoned answers are looked up again. Nothing else changes.</source>
        <translation>Leert den Cache des DNS-Clients (DnsFlushResolverCache, wie `ipconfig /flushdns`), sodass veraltete oder manipulierte Antworten neu abgefragt werden. Sonst ändert sich nichts.</translation>
    </message>
    <message>
        <source>Resets the Winsock catalog to the Windows defaults, which clears a damaged catalog or a broken layered provider. Warning: it also removes the layered providers of VPN clients, antivirus and web filters, which then stop working until they are repaired or reinstalled (remove-provider removes just one). Takes effect after a restart.</source>
        <translation>Setzt den Winsock-Katalog auf die Windows-Standardwerte zurück, was einen beschädigten Katalog oder einen defekten Layered Provider bereinigt. Achtung: Es entfernt auch die Layered Provider von VPN-Clients, Virenschutz und Webfiltern, die dann nicht mehr funktionieren, bis sie repariert oder neu installiert werden (remove-provider entfernt nur einen). Wirkt nach einem Neustart.</translation>
    </message>
    <message>
        <source>DnsFlushResolverCache did not run in this process</source>
        <translation>DnsFlushResolverCache lief nicht in diesem Prozess</translation>
    </message>
    <message>
        <source>WSCSetApplicationCategory did not run in this process</source>
        <translation>WSCSetApplicationCategory lief nicht in diesem Prozess</translation>
    </message>
    <message>
        <source>netsh winsock reset did not run in this process</source>
        <translation>netsh winsock reset lief nicht in diesem Prozess</translation>
    </message>
    <message>
        <source>the output of &apos;%1&apos; is not analysed</source>
        <translation>die Ausgabe von „%1“ wird nicht ausgewertet</translation>
    </message>
    <message>
        <source>looks like %1 but nothing in it could be read</source>
        <translation>sieht aus wie %1, aber nichts darin konnte gelesen werden</translation>
    </message>
    <message>
        <source>unknown catalog field &apos;%1&apos;</source>
        <translation>unbekanntes Katalogfeld „%1“</translation>
    </message>
    <message>
        <source>not an IP address: &apos;%1&apos;</source>
        <translation>keine IP-Adresse: „%1“</translation>
    </message>
    <message>
        <source>the entry at line %1 has no fields</source>
        <translation>der Eintrag in Zeile %1 hat keine Felder</translation>
    </message>
    <message>
        <source>the entry at line %1 has neither an entry type nor a provider path; it was skipped</source>
        <translation>der Eintrag in Zeile %1 hat weder einen Eintragstyp noch einen Anbieterpfad; er wurde übersprungen</translation>
    </message>
    <message>
        <source>entry %1: neither the chain length nor the entry type says whether it is layered; read as a base provider</source>
        <translation>Eintrag %1: weder die Kettenlänge noch der Eintragstyp sagt, ob er geschichtet ist; als Basisanbieter gelesen</translation>
    </message>
    <message>
        <source>entry %1 is cut off after &apos;%2&apos;</source>
        <translation>Eintrag %1 ist nach „%2“ abgeschnitten</translation>
    </message>
    <message>
        <source>entry %1 is incomplete after &apos;%2&apos;</source>
        <translation>Eintrag %1 ist nach „%2“ unvollständig</translation>
    </message>
    <message>
        <source>%1 name space provider entries (not used)</source>
        <translation>%1 Einträge von Namespace-Anbietern (nicht verwendet)</translation>
    </message>
    <message>
        <source>event %1: the time &apos;%2&apos; is local time as shown (no Event Xml with the UTC time)</source>
        <translation>Ereignis %1: die Zeit „%2“ ist Ortszeit wie angezeigt (kein Event Xml mit der UTC-Zeit)</translation>
    </message>
    <message>
        <source>event %1: the Event Xml is cut off</source>
        <translation>Ereignis %1: das Event Xml ist abgeschnitten</translation>
    </message>
    <message>
        <source>%1: %2 is marked %3</source>
        <translation>%1: %2 ist als %3 markiert</translation>
    </message>
    <message>
        <source>this output does not show link state: %1 interface(s) with an address are taken as connected</source>
        <translation>diese Ausgabe zeigt keinen Verbindungsstatus: %1 Schnittstelle(n) mit Adresse werden als verbunden angenommen</translation>
    </message>
    <message>
        <source>unknown TCP state &apos;%1&apos; (read as UNKNOWN)</source>
        <translation>unbekannter TCP-Zustand „%1“ (als UNKNOWN gelesen)</translation>
    </message>
    <message>
        <source>%1 step(s) failed</source>
        <translation>%1 Schritt(e) fehlgeschlagen</translation>
    </message>
    <message>
        <source>the test of %1 has no TCP port (a ping test); not used</source>
        <translation>der Test von %1 hat keinen TCP-Port (ein Ping-Test); nicht verwendet</translation>
    </message>
    <message>
        <source>listing links: %1</source>
        <translation>Auflisten der Verbindungen (Links): %1</translation>
    </message>
    <message>
        <source>listing addresses: %1</source>
        <translation>Auflisten der Adressen: %1</translation>
    </message>
    <message>
        <source>listing routes: %1</source>
        <translation>Auflisten der Routen: %1</translation>
    </message>
    <message>
        <source>this user may not read the system journal (journalctl: %1)</source>
        <translation>dieser Benutzer darf das Systemjournal nicht lesen (journalctl: %1)</translation>
    </message>
    <message>
        <source>journalctl exited with code %1: %2</source>
        <translation>journalctl endete mit Code %1: %2</translation>
    </message>
    <message>
        <source>journalctl exited with code %1</source>
        <translation>journalctl endete mit Code %1</translation>
    </message>
    <message>
        <source>journalctl: %1</source>
        <translation>journalctl meldet: %1</translation>
    </message>
    <message>
        <source>%1 does not exist, so glibc uses its built-in order</source>
        <translation>%1 existiert nicht, daher verwendet glibc ihre eingebaute Reihenfolge</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>cannot read the environment of process %1: it belongs to another user (run as that user, or as root)</source>
        <translation>die Umgebung von Prozess %1 kann nicht gelesen werden: er gehört einem anderen Benutzer (als dieser Benutzer oder als root ausführen)</translation>
    </message>
    <message>
        <source>systemd is not running on this machine (no %1), so there is no service manager to restart %2 with</source>
        <translation>systemd läuft auf diesem Computer nicht (kein %1), daher gibt es keinen Dienstmanager, mit dem %2 neu gestartet werden könnte</translation>
    </message>
    <message>
        <source>%1 does not list %2 (nothing to remove)</source>
        <translation>%1 führt %2 nicht auf (nichts zu entfernen)</translation>
    </message>
    <message>
        <source>fix %1: %2</source>
        <translation>Korrektur %1: %2</translation>
    </message>
    <message>
        <source>the parameter %1</source>
        <translation>der Parameter %1</translation>
    </message>
    <message>
        <source>contains a control character (byte %1)</source>
        <translation>enthält ein Steuerzeichen (Byte %1)</translation>
    </message>
    <message>
        <source>unknown fix &apos;%1&apos; (known here: %2)</source>
        <translation>unbekannte Korrektur „%1“ (hier bekannt: %2)</translation>
    </message>
    <message>
        <source>%1 can cut the machine off, and wsafix runs in a remote session (%2): it runs only with the auto-revert guard armed, which puts the machine back if connectivity is not confirmed in time (do not pass --guard-timeout 0)</source>
        <translation>%1 kann den Computer vom Netz trennen, und wsafix läuft in einer Fernsitzung (%2): Die Korrektur läuft nur mit scharf geschaltetem Rücksetz-Wächter, der den Computer zurücksetzt, wenn die Verbindung nicht rechtzeitig bestätigt wird (nicht --guard-timeout 0 angeben)</translation>
    </message>
    <message>
        <source>%1 would take down %2, the adapter that carries %3: it runs only with the auto-revert guard armed, which puts the machine back if connectivity is not confirmed in time (do not pass --guard-timeout 0)</source>
        <translation>%1 würde %2 abschalten, den Adapter, der %3 trägt: Die Korrektur läuft nur mit scharf geschaltetem Rücksetz-Wächter, der den Computer zurücksetzt, wenn die Verbindung nicht rechtzeitig bestätigt wird (nicht --guard-timeout 0 angeben)</translation>
    </message>
    <message>
        <source>the SSH connection from %1 port %2 to %3 port %4, whose local address %5 no interface here holds</source>
        <translation>die SSH-Verbindung von %1 Port %2 zu %3 Port %4, deren lokale Adresse %5 keine Schnittstelle hier hat</translation>
    </message>
    <message>
        <source>the SSH connection from %1 port %2 to %3 port %4</source>
        <translation>die SSH-Verbindung von %1 Port %2 zu %3 Port %4</translation>
    </message>
    <message>
        <source>an SSH session whose $SSH_CONNECTION (&apos;%1&apos;) is not &apos;client port server port&apos;, so the adapter carrying it cannot be told</source>
        <translation>eine SSH-Sitzung, deren $SSH_CONNECTION („%1“) nicht „Client Port Server Port“ ist, daher lässt sich der Adapter, der sie trägt, nicht bestimmen</translation>
    </message>
    <message>
        <source>unknown scenario &apos;%1&apos;; built-in scenarios: %2; or give the path of a scenario file</source>
        <translation>unbekanntes Szenario „%1“; eingebaute Szenarien: %2; oder geben Sie den Pfad einer Szenariodatei an</translation>
    </message>
    <message>
        <source>%1: cannot open the scenario file</source>
        <translation>%1: die Szenariodatei kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>session %1 is not of the machine &apos;%2&apos;</source>
        <translation>Sitzung %1 gehört nicht zum Computer „%2“</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a session id (letters, digits and &apos;-&apos; only)</source>
        <translation>„%1“ ist keine Sitzungs-ID (nur Buchstaben, Ziffern und „-“)</translation>
    </message>
    <message>
        <source>%1: not a usable session file: %2</source>
        <translation>%1: keine verwendbare Sitzungsdatei: %2</translation>
    </message>
    <message>
        <source>cannot save the session: %1</source>
        <translation>die Sitzung kann nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Remove layered provider %1 from the Winsock catalog</source>
        <translation>Layered Provider %1 aus dem Winsock-Katalog entfernen</translation>
    </message>
    <message>
        <source>Deinstalls the one layered provider with catalog id %1 (and the protocol chains built on it) instead of resetting the whole catalog. The product that installed it (VPN, antivirus, web filter) loses its network hook. Programs started afterwards no longer load it.</source>
        <translation>Deinstalliert genau den einen Layered Provider mit der Katalog-ID %1 (und die darauf aufbauenden Protokollketten), statt den ganzen Katalog zurückzusetzen. Das Produkt, das ihn installiert hat (VPN, Virenschutz, Webfilter), verliert seinen Netzwerkeinstieg. Danach gestartete Programme laden ihn nicht mehr.</translation>
    </message>
    <message>
        <source>WSCDeinstallProvider of catalog entry %1 and of the chains built on it</source>
        <translation>WSCDeinstallProvider des Katalogeintrags %1 und der darauf aufbauenden Ketten</translation>
    </message>
    <message>
        <source>WSCDeinstallProvider for catalog entry %1</source>
        <translation>WSCDeinstallProvider für Katalogeintrag %1</translation>
    </message>
    <message>
        <source>the Winsock catalog cannot be read: %1</source>
        <translation>der Winsock-Katalog kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>nothing to remove for catalog id %1</source>
        <translation>nichts zu entfernen für Katalog-ID %1</translation>
    </message>
    <message>
        <source>the Winsock catalog cannot be read back: %1</source>
        <translation>der Winsock-Katalog kann nicht erneut gelesen werden: %1</translation>
    </message>
    <message>
        <source>the catalog still lists %1 (%2)</source>
        <translation>der Katalog führt noch %1 (%2)</translation>
    </message>
    <message>
        <source>the catalog no longer lists provider %1 or a chain built on it</source>
        <translation>der Katalog führt Anbieter %1 und keine darauf aufbauende Kette mehr</translation>
    </message>
    <message>
        <source>Keep layered providers out of %1</source>
        <translation>Layered Provider von %1 fernhalten</translation>
    </message>
    <message>
        <source>Tells Winsock to load only system providers into %1 (WSCSetApplicationCategory), so a faulty layered provider of a VPN, antivirus or filter no longer runs inside it. Other programs keep the provider. Takes effect when the program starts again.</source>
        <translation>Weist Winsock an, nur Systemanbieter in %1 zu laden (WSCSetApplicationCategory), sodass ein fehlerhafter Layered Provider eines VPN, Virenschutzes oder Filters darin nicht mehr läuft. Andere Programme behalten den Anbieter. Wirkt, wenn das Programm neu gestartet wird.</translation>
    </message>
    <message>
        <source>no program at &apos;%1&apos;</source>
        <translation>kein Programm unter „%1“</translation>
    </message>
    <message>
        <source>the permitted LSP categories of %1 (WSCGetApplicationCategory)</source>
        <translation>die erlaubten LSP-Kategorien von %1 (WSCGetApplicationCategory)</translation>
    </message>
    <message>
        <source>the previous LSP categories of %1 are unknown: %2</source>
        <translation>die vorherigen LSP-Kategorien von %1 sind unbekannt: %2</translation>
    </message>
    <message>
        <source>the categories cannot be read back: %1</source>
        <translation>die Kategorien können nicht erneut gelesen werden: %1</translation>
    </message>
    <message>
        <source>the LSP categories of %1 are back to %2</source>
        <translation>die LSP-Kategorien von %1 sind wieder %2</translation>
    </message>
    <message>
        <source>Restart the network adapter %1</source>
        <translation>Den Netzwerkadapter %1 neu starten</translation>
    </message>
    <message>
        <source>Disables and enables the network adapter %1 through its device, which resets its driver and its connections. Every connection through it drops, and the machine is off that network (and a remote session through it is cut) until it comes back.</source>
        <translation>Deaktiviert und aktiviert den Netzwerkadapter %1 über sein Gerät, was seinen Treiber und seine Verbindungen zurücksetzt. Jede Verbindung darüber bricht ab, und der Computer ist von diesem Netzwerk getrennt (auch eine Fernsitzung darüber), bis er wieder da ist.</translation>
    </message>
    <message>
        <source>whether the device of adapter %1 is enabled</source>
        <translation>ob das Gerät von Adapter %1 aktiviert ist</translation>
    </message>
    <message>
        <source>disable the device of adapter %1</source>
        <translation>das Gerät von Adapter %1 deaktivieren</translation>
    </message>
    <message>
        <source>enable the device of adapter %1</source>
        <translation>das Gerät von Adapter %1 aktivieren</translation>
    </message>
    <message>
        <source>the device state cannot be read back: %1</source>
        <translation>der Gerätezustand kann nicht erneut gelesen werden: %1</translation>
    </message>
    <message>
        <source>the device of adapter %1 was restarted and is enabled</source>
        <translation>das Gerät von Adapter %1 wurde neu gestartet und ist aktiviert</translation>
    </message>
    <message>
        <source>the device of adapter %1 is still disabled</source>
        <translation>das Gerät von Adapter %1 ist noch deaktiviert</translation>
    </message>
    <message>
        <source>Stops and starts the service %1 through the Service Control Manager, which clears a service stuck with half-open connections. Its own connections drop while it restarts.</source>
        <translation>Beendet und startet den Dienst %1 über den Dienststeuerungs-Manager, was einen Dienst mit hängenden halboffenen Verbindungen befreit. Seine eigenen Verbindungen brechen während des Neustarts ab.</translation>
    </message>
    <message>
        <source>the state of the service %1 (running or stopped)</source>
        <translation>der Zustand des Dienstes %1 (läuft oder beendet)</translation>
    </message>
    <message>
        <source>stop the service %1</source>
        <translation>den Dienst %1 beenden</translation>
    </message>
    <message>
        <source>start the service %1</source>
        <translation>den Dienst %1 starten</translation>
    </message>
    <message>
        <source>the service cannot be queried: %1</source>
        <translation>der Dienst kann nicht abgefragt werden: %1</translation>
    </message>
    <message>
        <source>%1 was restarted and runs (process %2)</source>
        <translation>%1 wurde neu gestartet und läuft (Prozess %2)</translation>
    </message>
    <message>
        <source>%1; the catalog holds base providers only</source>
        <translation>%1; der Katalog enthält nur noch Basisanbieter</translation>
    </message>
    <message>
        <source>%1; the catalog still lists %2 layered or chain entries until Windows restarts</source>
        <translation>%1; der Katalog führt noch %2 geschichtete oder Ketteneinträge, bis Windows neu startet</translation>
    </message>
    <message>
        <source>the input is empty</source>
        <translation>die Eingabe ist leer</translation>
    </message>
    <message>
        <source>the input holds no readable characters, only spaces or control characters</source>
        <translation>die Eingabe enthält keine lesbaren Zeichen, nur Leerzeichen oder Steuerzeichen</translation>
    </message>
    <message>
        <source>nothing in the input looks like an error code, an error name or an error message (try 10056, 0x2748, WSAEISCONN, errno 106 or the message text)</source>
        <translation>nichts in der Eingabe sieht nach einem Fehlercode, einem Fehlernamen oder einer Fehlermeldung aus (versuchen Sie 10056, 0x2748, WSAEISCONN, errno 106 oder den Meldungstext)</translation>
    </message>
    <message>
        <source>full-width characters were read as plain ASCII</source>
        <translation>Zeichen voller Breite wurden als einfaches ASCII gelesen</translation>
    </message>
    <message>
        <source>the catalog covers 6, 8, 87, 995-997, 10004-10112 and 11001-11031</source>
        <translation>der Katalog umfasst 6, 8, 87, 995–997, 10004–10112 und 11001–11031</translation>
    </message>
    <message>
        <source>the number is larger than 32 bits, too large for a Windows error code</source>
        <translation>die Zahl ist größer als 32 Bit, zu groß für einen Windows-Fehlercode</translation>
    </message>
    <message>
        <source>0 means success: no error</source>
        <translation>0 bedeutet Erfolg: kein Fehler</translation>
    </message>
    <message>
        <source>%1 -&gt; %2</source>
        <translation>%1 -&gt; %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: %2</source>
        <translation>&apos;%1&apos;: %2</translation>
    </message>
    <message>
        <source>hexadecimal %1 = %2</source>
        <translation>hexadezimal %1 = %2</translation>
    </message>
    <message>
        <source>as a Linux errno: %1 (%2)</source>
        <translation>als Linux-errno: %1 (%2)</translation>
    </message>
    <message>
        <source>%1 = HRESULT %2 = HRESULT_FROM_WIN32(%3)</source>
        <translation>%1 = HRESULT %2 = HRESULT_FROM_WIN32(%3)</translation>
    </message>
    <message>
        <source>Microsoft&apos;s message for %1</source>
        <translation>Microsofts Meldung für %1</translation>
    </message>
    <message>
        <source>the Linux message (strerror) of %1</source>
        <translation>die Linux-Meldung (strerror) von %1</translation>
    </message>
    <message>
        <source>errno %1, above Linux&apos;s range, read as the Winsock code (Python 2 and some runtimes on Windows report WSAGetLastError() as errno)</source>
        <translation>errno %1, oberhalb des Linux-Bereichs, als Winsock-Code gelesen (Python 2 und manche Laufzeitumgebungen unter Windows melden WSAGetLastError() als errno)</translation>
    </message>
    <message>
        <source>Windows error %1 is not a Winsock error (%2)</source>
        <translation>Windows-Fehler %1 ist kein Winsock-Fehler (%2)</translation>
    </message>
    <message>
        <source>errno %1 is not a socket error with a Winsock twin</source>
        <translation>errno %1 ist kein Socket-Fehler mit einem Winsock-Gegenstück</translation>
    </message>
    <message>
        <source>errno %1 is not a socket error with a Winsock twin (Linux defines errno values up to %2)</source>
        <translation>errno %1 ist kein Socket-Fehler mit einem Winsock-Gegenstück (Linux definiert errno-Werte bis %2)</translation>
    </message>
    <message>
        <source>%1 carries Windows error %2, which is not a Winsock error (%3)</source>
        <translation>%1 trägt den Windows-Fehler %2, der kein Winsock-Fehler ist (%3)</translation>
    </message>
    <message>
        <source>%1 is E_FAIL, the generic HRESULT that .NET puts on every SocketException; the Winsock error is in the message or in SocketException.ErrorCode</source>
        <translation>%1 ist E_FAIL, das allgemeine HRESULT, das .NET jeder SocketException mitgibt; der Winsock-Fehler steht in der Meldung oder in SocketException.ErrorCode</translation>
    </message>
    <message>
        <source>%1 has facility %2, not FACILITY_WIN32 (7), so it carries no Winsock error</source>
        <translation>%1 hat die Facility %2, nicht FACILITY_WIN32 (7), und trägt daher keinen Winsock-Fehler</translation>
    </message>
    <message>
        <source>a %1-digit number is too long to be an error code</source>
        <translation>eine %1-stellige Zahl ist zu lang für einen Fehlercode</translation>
    </message>
    <message>
        <source>%1 is not an error code: -1 (SOCKET_ERROR) only says that the call failed; the code itself is in WSAGetLastError() or errno</source>
        <translation>%1 ist kein Fehlercode: -1 (SOCKET_ERROR) sagt nur, dass der Aufruf fehlgeschlagen ist; der Code selbst steht in WSAGetLastError() oder errno</translation>
    </message>
    <message>
        <source>%1 is too large to be an HRESULT</source>
        <translation>%1 ist zu groß für ein HRESULT</translation>
    </message>
    <message>
        <source>%1 alone can be a Windows error code or a Linux errno (write &apos;errno %2&apos; or &apos;WinError %3&apos; to say which)</source>
        <translation>%1 allein kann ein Windows-Fehlercode oder ein Linux-errno sein (schreiben Sie &apos;errno %2&apos; oder &apos;WinError %3&apos;, um es festzulegen)</translation>
    </message>
    <message>
        <source>%1 alone can be a Windows error code or a Linux errno (write &apos;errno %2&apos; or &apos;WinError %3&apos; to say which); as a Windows error code it is not a Winsock error</source>
        <translation>%1 allein kann ein Windows-Fehlercode oder ein Linux-errno sein (schreiben Sie &apos;errno %2&apos; oder &apos;WinError %3&apos;, um es festzulegen); als Windows-Fehlercode ist es kein Winsock-Fehler</translation>
    </message>
    <message>
        <source>%1 alone can be a Windows error code or a Linux errno (write &apos;errno %2&apos; or &apos;WinError %3&apos; to say which); as a Linux errno it is not a socket error</source>
        <translation>%1 allein kann ein Windows-Fehlercode oder ein Linux-errno sein (schreiben Sie &apos;errno %2&apos; oder &apos;WinError %3&apos;, um es festzulegen); als Linux-errno ist es kein Socket-Fehler</translation>
    </message>
    <message>
        <source>%1 alone can be a Windows error code or a Linux errno (write &apos;errno %2&apos; or &apos;WinError %3&apos; to say which); as a Windows error code it is not a Winsock error; as a Linux errno it is not a socket error</source>
        <translation>%1 allein kann ein Windows-Fehlercode oder ein Linux-errno sein (schreiben Sie &apos;errno %2&apos; oder &apos;WinError %3&apos;, um es festzulegen); als Windows-Fehlercode ist es kein Winsock-Fehler; als Linux-errno ist es kein Socket-Fehler</translation>
    </message>
    <message>
        <source>this message belongs to %1 codes</source>
        <translation>diese Meldung gehört zu %1 Codes</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a known error name</source>
        <translation>&apos;%1&apos; ist kein bekannter Fehlername</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not followed by a number</source>
        <translation>auf &apos;%1&apos; folgt keine Zahl</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no digits after it</source>
        <translation>nach &apos;%1&apos; folgen keine Ziffern</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a hexadecimal number</source>
        <translation>&apos;%1&apos; ist keine Hexadezimalzahl</translation>
    </message>
    <message>
        <source>the input names %1 different errors: %2</source>
        <translation>die Eingabe nennt %1 verschiedene Fehler: %2</translation>
    </message>
    <message>
        <source>the input also names a code that is not in the catalog, so %1 is not certain</source>
        <translation>die Eingabe nennt auch einen Code, der nicht im Katalog steht, daher ist %1 nicht sicher</translation>
    </message>
    <message>
        <source>numbers without an error marker were not taken as codes: %1 (and %2 more)</source>
        <translation>Zahlen ohne Fehlerkennzeichen wurden nicht als Codes gelesen: %1 (und %2 weitere)</translation>
    </message>
    <message>
        <source>numbers without an error marker were not taken as codes: %1</source>
        <translation>Zahlen ohne Fehlerkennzeichen wurden nicht als Codes gelesen: %1</translation>
    </message>
    <message>
        <source>only the first %1 codes were read</source>
        <translation>nur die ersten %1 Codes wurden gelesen</translation>
    </message>
    <message>
        <source>the input is %1 bytes long; only the first %2 were read</source>
        <translation>die Eingabe ist %1 Byte lang; nur die ersten %2 wurden gelesen</translation>
    </message>
    <message>
        <source>%1 digits were read as 0-9</source>
        <translation>%1-Ziffern wurden als 0–9 gelesen</translation>
    </message>
    <message>
        <source>%1 NUL byte(s) were read as spaces</source>
        <translation>%1 NUL-Byte(s) wurden als Leerzeichen gelesen</translation>
    </message>
    <message>
        <source>the input is not valid UTF-8: %1 byte(s) could not be read and were skipped</source>
        <translation>die Eingabe ist kein gültiges UTF-8: %1 Byte(s) konnten nicht gelesen werden und wurden übersprungen</translation>
    </message>
    <message>
        <source>an SSH session (sshd, process %1, is an ancestor of wsafix) whose connection cannot be read</source>
        <translation>eine SSH-Sitzung (sshd, Prozess %1, ist ein Vorfahr von wsafix), deren Verbindung nicht gelesen werden kann</translation>
    </message>
    <message>
        <source>the Remote Desktop session, whose client address Windows does not tell</source>
        <translation>die Remotedesktopsitzung, deren Clientadresse Windows nicht nennt</translation>
    </message>
    <message>
        <source>the remote session, whose client address Windows does not tell</source>
        <translation>die Fernsitzung, deren Clientadresse Windows nicht nennt</translation>
    </message>
    <message>
        <source>the Remote Desktop session, its client address has address family %1</source>
        <translation>die Remotedesktopsitzung; ihre Clientadresse hat die Adressfamilie %1</translation>
    </message>
    <message>
        <source>the remote session, its client address has address family %1</source>
        <translation>die Fernsitzung; ihre Clientadresse hat die Adressfamilie %1</translation>
    </message>
    <message>
        <source>the Remote Desktop session, no adapter here routes to its client %1</source>
        <translation>die Remotedesktopsitzung; kein Adapter hier führt zu ihrem Client %1</translation>
    </message>
    <message>
        <source>the remote session, no adapter here routes to its client %1</source>
        <translation>die Fernsitzung; kein Adapter hier führt zu ihrem Client %1</translation>
    </message>
    <message>
        <source>the Remote Desktop session from %1</source>
        <translation>die Remotedesktopsitzung von %1</translation>
    </message>
    <message>
        <source>the remote session from %1</source>
        <translation>die Fernsitzung von %1</translation>
    </message>
    <message>
        <source>Name or service not known</source>
        <translation>Name oder Dienst nicht bekannt</translation>
    </message>
    <message>
        <source>Temporary failure in name resolution</source>
        <translation>Vorübergehender Fehler bei der Namensauflösung</translation>
    </message>
    <message>
        <source>No address associated with hostname</source>
        <translation>Keine Adresse zum Hostnamen vorhanden</translation>
    </message>
    <message>
        <source>WSAHOST_NOT_FOUND: the simulated machine knows no host &apos;%1&apos; on port %2</source>
        <translation>WSAHOST_NOT_FOUND: der simulierte Computer kennt keinen Host „%1“ auf Port %2</translation>
    </message>
    <message>
        <source>WSAHOST_NOT_FOUND: the simulated machine knows no host &apos;%1&apos;</source>
        <translation>WSAHOST_NOT_FOUND: der simulierte Computer kennt keinen Host „%1“</translation>
    </message>
    <message>
        <source>Resets the TCP/IP settings of Windows to their defaults (netsh int ip reset), which clears damaged settings that survive restarts. Unlike a plain reset, the static addresses, gateways, routes and DNS servers captured first are put back right after it, both in the running system and in the saved settings Windows reads at the next start, so they survive the restart. Connections drop; takes full effect after a restart.</source>
        <translation>Setzt die TCP/IP-Einstellungen von Windows auf ihre Standardwerte zurück (netsh int ip reset) und beseitigt so beschädigte Einstellungen, die Neustarts überdauern. Anders als bei einem einfachen Zurücksetzen werden die zuvor erfassten statischen Adressen, Gateways, Routen und DNS-Server gleich danach wieder eingetragen, im laufenden System wie in den gespeicherten Einstellungen, die Windows beim nächsten Start liest, sodass sie den Neustart überstehen. Verbindungen brechen ab; wirkt vollständig erst nach einem Neustart.</translation>
    </message>
    <message>
        <source>1 failed step is harmless: Windows protects that setting even from administrators (&quot;Resetting , failed. Access is denied.&quot;), and the rest of the reset worked</source>
        <translation>1 fehlgeschlagener Schritt ist harmlos: Windows schützt diese Einstellung selbst vor Administratoren („Resetting , failed. Access is denied.“), und der Rest des Zurücksetzens hat funktioniert</translation>
    </message>
    <message>
        <source>%1 failed steps are harmless: Windows protects that setting even from administrators (&quot;Resetting , failed. Access is denied.&quot;), and the rest of the reset worked</source>
        <translation>%1 fehlgeschlagene Schritte sind harmlos: Windows schützt diese Einstellung selbst vor Administratoren („Resetting , failed. Access is denied.“), und der Rest des Zurücksetzens hat funktioniert</translation>
    </message>
    <message>
        <source>Nothing was fixed, and the target works: %1 and no problem shows. If the error continues, the failing program itself is the likely cause.</source>
        <translation>Es wurde nichts repariert, und das Ziel funktioniert: %1, und es zeigt sich kein Problem. Wenn der Fehler weiter auftritt, ist wahrscheinlich das fehlschlagende Programm selbst die Ursache.</translation>
    </message>
    <message>
        <source>If the program still reports the error, the program itself is the likely cause: attach the report (wsafix report --last --format md -o report.md) to a ticket for its developers.</source>
        <translation>Wenn das Programm den Fehler weiter meldet, ist wahrscheinlich das Programm selbst die Ursache: Hängen Sie den Bericht (wsafix report --last --format md -o report.md) an ein Ticket für seine Entwickler an.</translation>
    </message>
    <message>
        <source>%1 value(s) of %2 were cut short by PowerShell to fit the console (&apos;...&apos; or &apos;…&apos;); they are unknown</source>
        <translation>%1 Wert(e) von %2 hat PowerShell gekürzt, damit sie in die Konsole passen („...“ oder „…“); sie sind unbekannt</translation>
    </message>
    <message>
        <source>the output does not show %1 (left out by Select-Object or by a console too narrow); those values are unknown</source>
        <translation>die Ausgabe zeigt %1 nicht (von Select-Object weggelassen oder von einer zu schmalen Konsole); diese Werte sind unbekannt</translation>
    </message>
    <message>
        <source>read by its layout; the language was not recognised: &apos;%1&apos; was taken as success, any other status as a failure, and the line after the last step as the request to restart</source>
        <translation>nach dem Aufbau gelesen; die Sprache wurde nicht erkannt: „%1“ wurde als Erfolg genommen, jeder andere Status als Fehler und die Zeile nach dem letzten Schritt als Aufforderung zum Neustart</translation>
    </message>
    <message>
        <source>read by its layout; the language was not recognised: &apos;%1&apos; was taken as success, any other status as a failure</source>
        <translation>nach dem Aufbau gelesen; die Sprache wurde nicht erkannt: „%1“ wurde als Erfolg genommen, jeder andere Status als Fehler</translation>
    </message>
    <message>
        <source>the field names were not recognised: %1 entries were read by the order and shape of their values</source>
        <translation>die Feldnamen wurden nicht erkannt: %1 Einträge wurden nach der Reihenfolge und Form ihrer Werte gelesen</translation>
    </message>
    <message>
        <source>%1 line(s) after a connection were read by their place as netstat -b&apos;s owner information (the language was not recognised): those owners are unknown</source>
        <translation>%1 Zeile(n) nach einer Verbindung wurden nach ihrer Stelle als Besitzerangabe von netstat -b gelesen (die Sprache wurde nicht erkannt): diese Besitzer sind unbekannt</translation>
    </message>
    <message>
        <source>session %1 names a scenario file, which a run as administrator does not read</source>
        <translation>Sitzung %1 nennt eine Szenariodatei, die ein Lauf als Administrator nicht liest</translation>
    </message>
    <message>
        <source>there is no session %1 in %2</source>
        <translation>es gibt keine Sitzung %1 in %2</translation>
    </message>
</context>
<context>
    <name>FixCommand</name>
    <message>
        <source>unavailable: %1</source>
        <translation>nicht verfügbar: %1</translation>
    </message>
    <message>
        <source>snapshot first:</source>
        <translation>zuerst ein Snapshot von:</translation>
    </message>
    <message>
        <source>commands: cannot be listed: %1</source>
        <translation>Befehle: können nicht aufgelistet werden: %1</translation>
    </message>
    <message>
        <source>commands: none (the simulated machine runs no commands)</source>
        <translation>Befehle: keine (der simulierte Computer führt keine Befehle aus)</translation>
    </message>
    <message>
        <source>commands: none</source>
        <translation>Befehle: keine</translation>
    </message>
    <message>
        <source>commands:</source>
        <translation>Befehle:</translation>
    </message>
    <message>
        <source>Dry run: nothing was changed.</source>
        <translation>Probelauf: Nichts wurde geändert.</translation>
    </message>
    <message>
        <source>wsafix fix: name at least one fix (e.g. wsafix fix flush-dns); see wsafix fix --help</source>
        <translation>wsafix fix: Nennen Sie mindestens eine Korrektur (z. B. wsafix fix flush-dns); siehe wsafix fix --help</translation>
    </message>
    <message>
        <source>wsafix fix: this would change this machine; nothing was changed. Add --yes to apply, or --dry-run to see the exact commands and snapshots first.</source>
        <translation>wsafix fix: Das würde diesen Computer ändern; nichts wurde geändert. Fügen Sie --yes hinzu, um anzuwenden, oder --dry-run, um zuerst die genauen Befehle und Snapshots zu sehen.</translation>
    </message>
    <message>
        <source>%1: not run, because an earlier fix failed</source>
        <translation>%1: nicht ausgeführt, weil eine frühere Korrektur fehlgeschlagen ist</translation>
    </message>
    <message>
        <source>ran:</source>
        <translation>ausgeführt:</translation>
    </message>
    <message>
        <source>machine: %1</source>
        <translation>Computer: %1</translation>
    </message>
    <message>
        <source>Session %1</source>
        <translation>Sitzung %1</translation>
    </message>
    <message>
        <source>wsafix fix: --guard-timeout must be a whole number of seconds from 0 (no guard) to 3600, not &apos;%1&apos;</source>
        <translation>wsafix fix: --guard-timeout muss eine ganze Zahl von Sekunden von 0 (kein Wächter) bis 3600 sein, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <source>wsafix fix: refused: %1</source>
        <translation>wsafix fix: abgelehnt: %1</translation>
    </message>
    <message>
        <source>wsafix fix: restart the computer to finish; the wizard re-opens at its verify page after the restart.</source>
        <translation>wsafix fix: Starten Sie den Computer neu, um abzuschließen; der Assistent öffnet sich nach dem Neustart auf seiner Überprüfungsseite.</translation>
    </message>
    <message>
        <source>wsafix fix: restart the computer to finish, then run wsafix --resume %1 (the wizard could not be set to re-open: %2)</source>
        <translation>wsafix fix: Starten Sie den Computer neu, um abzuschließen, und führen Sie dann wsafix --resume %1 aus (der Assistent konnte nicht zum erneuten Öffnen eingerichtet werden: %2)</translation>
    </message>
</context>
<context>
    <name>FixJob</name>
    <message>
        <source>Restoring snapshot %1 (taken for %2)</source>
        <translation>Snapshot %1 wird wiederhergestellt (aufgenommen für %2)</translation>
    </message>
    <message>
        <source>Snapshot %1 saved; applying %2</source>
        <translation>Snapshot %1 gespeichert; %2 wird angewandt</translation>
    </message>
    <message>
        <source>  ✓ done</source>
        <translation>  ✓ erledigt</translation>
    </message>
    <message>
        <source>  ✗ failed: %1</source>
        <translation>  ✗ fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Check: %1</source>
        <translation>Prüfung: %1</translation>
    </message>
    <message>
        <source>Check failed: %1</source>
        <translation>Prüfung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Rolling back, because %1</source>
        <translation>Wird zurückgesetzt, weil %1</translation>
    </message>
    <message>
        <source>Finished: %1</source>
        <translation>Beendet: %1</translation>
    </message>
    <message>
        <source>applied and checked</source>
        <translation>angewandt und geprüft</translation>
    </message>
    <message>
        <source>applied, not proven</source>
        <translation>angewandt, nicht bewiesen</translation>
    </message>
    <message>
        <source>failed, rolled back</source>
        <translation>fehlgeschlagen, zurückgesetzt</translation>
    </message>
    <message>
        <source>FAILED, rollback failed</source>
        <translation>FEHLGESCHLAGEN, Zurücksetzen fehlgeschlagen</translation>
    </message>
    <message>
        <source>FAILED, cannot be rolled back</source>
        <translation>FEHLGESCHLAGEN, kann nicht zurückgesetzt werden</translation>
    </message>
    <message>
        <source>cannot run here</source>
        <translation>kann hier nicht laufen</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>nicht gestartet</translation>
    </message>
    <message>
        <source>undone (snapshot restored)</source>
        <translation>rückgängig gemacht (Snapshot wiederhergestellt)</translation>
    </message>
    <message>
        <source>left as it is</source>
        <translation>belassen, wie es ist</translation>
    </message>
    <message>
        <source>%1 was applied and its check passed: %2.</source>
        <translation>%1 wurde angewandt, und seine Prüfung war erfolgreich: %2.</translation>
    </message>
    <message>
        <source>%1 was applied, but wsafix could not verify that it worked: %2.</source>
        <translation>%1 wurde angewandt, aber wsafix konnte nicht prüfen, ob es gewirkt hat: %2.</translation>
    </message>
    <message>
        <source>%1 did not work, so wsafix undid it on the spot: %2.</source>
        <translation>%1 hat nicht gewirkt, daher hat wsafix es sofort rückgängig gemacht: %2.</translation>
    </message>
    <message>
        <source>%1 failed, and undoing it failed too: %2.</source>
        <translation>%1 ist fehlgeschlagen, und das Rückgängigmachen ist ebenfalls fehlgeschlagen: %2.</translation>
    </message>
    <message>
        <source>%1 was not run: %2.</source>
        <translation>%1 wurde nicht ausgeführt: %2.</translation>
    </message>
    <message>
        <source>The machine was put back as it was before %1: %2.</source>
        <translation>Der Computer wurde in den Zustand vor %1 zurückversetzt: %2.</translation>
    </message>
    <message>
        <source>%1 was left as it is: %2.</source>
        <translation>%1 wurde belassen, wie es ist: %2.</translation>
    </message>
    <message>
        <source>%1 ended as &quot;%3&quot;: %2.</source>
        <translation>%1 endete als „%3“: %2.</translation>
    </message>
    <message>
        <source>The machine is now %1.</source>
        <translation>Der Computer ist jetzt %1.</translation>
    </message>
    <message>
        <source>The journal cannot be read, so nothing was rolled back: %1</source>
        <translation>Das Journal kann nicht gelesen werden, daher wurde nichts zurückgesetzt: %1</translation>
    </message>
    <message>
        <source>Restore of snapshot %1 refused: %2. The machine is unchanged: nothing was restored.</source>
        <translation>Wiederherstellung von Snapshot %1 abgelehnt: %2. Der Computer ist unverändert: Nichts wurde wiederhergestellt.</translation>
    </message>
    <message>
        <source>%1: not run (stopped)</source>
        <translation>%1: nicht ausgeführt (angehalten)</translation>
    </message>
    <message>
        <source>Applying %1 (%2 of %3)…</source>
        <translation>%1 wird angewandt (%2 von %3)…</translation>
    </message>
    <message>
        <source>Taking the snapshot for %1…</source>
        <translation>Snapshot für %1 wird aufgenommen…</translation>
    </message>
    <message>
        <source>%1: not run, because an earlier fix failed</source>
        <translation>%1: nicht ausgeführt, weil eine frühere Korrektur fehlgeschlagen ist</translation>
    </message>
    <message>
        <source>The auto-revert guard stood down: the change was already undone.</source>
        <translation>Die automatische Rücknahme wurde aufgehoben: Die Änderung war schon rückgängig gemacht.</translation>
    </message>
    <message numerus="yes">
        <source>Arming the auto-revert guard (%n s)…</source>
        <translation>
            <numerusform>Automatische Rücknahme wird scharf geschaltet (%n s)…</numerusform>
            <numerusform>Automatische Rücknahme wird scharf geschaltet (%n s)…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FixSession</name>
    <message>
        <source>Interrupted earlier: %1</source>
        <translation>Zuvor unterbrochen: %1</translation>
    </message>
    <message>
        <source>machine: %1</source>
        <translation>Computer: %1</translation>
    </message>
</context>
<context>
    <name>FixText</name>
    <message>
        <source>Keep the layered provider away from %1 only</source>
        <translation>Den Schichtanbieter nur von %1 fernhalten</translation>
    </message>
    <message>
        <source>Remove the layered provider %1 from the Winsock catalog</source>
        <translation>Den Schichtanbieter %1 aus dem Winsock-Katalog entfernen</translation>
    </message>
    <message>
        <source>Remove %1 from /etc/ld.so.preload</source>
        <translation>%1 aus /etc/ld.so.preload entfernen</translation>
    </message>
    <message>
        <source>Restart the network adapter %1</source>
        <translation>Den Netzwerkadapter %1 neu starten</translation>
    </message>
    <message>
        <source>Reset the Winsock catalog to its defaults (netsh winsock reset)</source>
        <translation>Den Winsock-Katalog auf die Standardwerte zurücksetzen (netsh winsock reset)</translation>
    </message>
    <message>
        <source>Reset TCP/IP to its defaults (netsh int ip reset)</source>
        <translation>TCP/IP auf die Standardwerte zurücksetzen (netsh int ip reset)</translation>
    </message>
    <message>
        <source>Empty the DNS cache (ipconfig /flushdns)</source>
        <translation>Den DNS-Cache leeren (ipconfig /flushdns)</translation>
    </message>
    <message>
        <source>Restart the program with process id %1</source>
        <translation>Das Programm mit der Prozess-ID %1 neu starten</translation>
    </message>
    <message>
        <source>The failing program stops loading the provider; every other program keeps it.</source>
        <translation>Das fehlerhafte Programm lädt den Anbieter nicht mehr; alle anderen Programme behalten ihn.</translation>
    </message>
    <message>
        <source>Only this provider and its protocol chains leave the catalog; other programs&apos; providers stay.</source>
        <translation>Nur dieser Anbieter und seine Protokollketten verlassen den Katalog; die Anbieter anderer Programme bleiben.</translation>
    </message>
    <message>
        <source>Programs stop loading this library before their own code.</source>
        <translation>Programme laden diese Bibliothek nicht mehr vor ihrem eigenen Code.</translation>
    </message>
    <message>
        <source>The adapter goes down for a few seconds and asks for a new address; open connections drop.</source>
        <translation>Der Adapter wird für einige Sekunden getrennt und fragt nach einer neuen Adresse; offene Verbindungen brechen ab.</translation>
    </message>
    <message>
        <source>Removes every third-party provider, also those of VPN and antivirus software, and needs a restart of the computer. Use it when the gentler fixes did not help.</source>
        <translation>Entfernt jeden Anbieter von Drittherstellern, auch die von VPN- und Antivirensoftware, und erfordert einen Neustart des Computers. Verwenden Sie es, wenn die sanfteren Korrekturen nicht geholfen haben.</translation>
    </message>
    <message>
        <source>Rewrites the TCP/IP settings of every adapter: fixed (static) addresses, gateways and DNS servers are lost and must be entered again. Needs a restart. It does not touch the Winsock catalog.</source>
        <translation>Schreibt die TCP/IP-Einstellungen aller Adapter neu: Feste (statische) Adressen, Gateways und DNS-Server gehen verloren und müssen neu eingegeben werden. Erfordert einen Neustart. Der Winsock-Katalog bleibt unberührt.</translation>
    </message>
    <message>
        <source>Forgets the names this computer has looked up, so the next look-up asks the DNS server again.</source>
        <translation>Vergisst die Namen, die dieser Computer nachgeschlagen hat, sodass die nächste Abfrage wieder den DNS-Server fragt.</translation>
    </message>
    <message>
        <source>Ends the program and starts it again, which closes every socket it holds; its open work is lost.</source>
        <translation>Beendet das Programm und startet es neu, wodurch jeder seiner Sockets geschlossen wird; seine offene Arbeit geht verloren.</translation>
    </message>
    <message>
        <source>No description for this fix yet.</source>
        <translation>Für diese Korrektur gibt es noch keine Beschreibung.</translation>
    </message>
</context>
<context>
    <name>GuardCommand</name>
    <message>
        <source>wsafix guard: --snapshot ID and --timeout S are both needed (see wsafix guard --help)</source>
        <translation>wsafix guard: --snapshot ID und --timeout S werden beide benötigt (siehe wsafix guard --help)</translation>
    </message>
    <message>
        <source>wsafix guard: --timeout must be a whole number of seconds from 1 to 3600, not &apos;%1&apos;</source>
        <translation>wsafix guard: --timeout muss eine ganze Zahl von Sekunden von 1 bis 3600 sein, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <source>wsafix guard: --sha256 HASH (the snapshot&apos;s manifest hash, given by the fix step that arms the guard) is needed when the guard runs as root</source>
        <translation>wsafix guard: --sha256 HASH (der Manifest-Hash des Snapshots, vom Fix-Schritt übergeben, der den Wächter scharf schaltet) ist nötig, wenn der Wächter als root läuft</translation>
    </message>
</context>
<context>
    <name>IntakeOptions</name>
    <message>
        <source>give --process or --pid, not both</source>
        <translation>geben Sie --process oder --pid an, nicht beides</translation>
    </message>
    <message>
        <source>--process &apos;%1&apos; is not a process name (a file name such as app.exe, no path)</source>
        <translation>--process &apos;%1&apos; ist kein Prozessname (ein Dateiname wie app.exe, ohne Pfad)</translation>
    </message>
    <message>
        <source>--pid &apos;%1&apos; is not a process id (a whole number above 0)</source>
        <translation>--pid &apos;%1&apos; ist keine Prozess-ID (eine ganze Zahl über 0)</translation>
    </message>
    <message>
        <source>--host and --port go together</source>
        <translation>--host und --port gehören zusammen</translation>
    </message>
    <message>
        <source>--host &apos;%1&apos; is not a host name or address: it %2</source>
        <translation>--host &apos;%1&apos; ist kein Hostname und keine Adresse: er %2</translation>
    </message>
    <message>
        <source>--port &apos;%1&apos; is not a port (1-65535)</source>
        <translation>--port &apos;%1&apos; ist kein Port (1-65535)</translation>
    </message>
    <message>
        <source>--code &apos;%1&apos; cannot be used: it %2</source>
        <translation>--code „%1“ ist nicht verwendbar: es %2</translation>
    </message>
    <message>
        <source>--ticket &apos;%1&apos; cannot be used: it %2</source>
        <translation>--ticket „%1“ ist nicht verwendbar: es %2</translation>
    </message>
</context>
<context>
    <name>LinkCommand</name>
    <message>
        <source>wsafix link make: --json is for link check (see wsafix link --help)</source>
        <translation>wsafix link make: --json gehört zu link check (siehe wsafix link --help)</translation>
    </message>
    <message>
        <source>wsafix link make: unexpected argument &apos;%1&apos; (see wsafix link --help)</source>
        <translation>wsafix link make: unerwartetes Argument &apos;%1&apos; (siehe wsafix link --help)</translation>
    </message>
    <message>
        <source>wsafix link make: --%1 &apos;%2&apos; %3</source>
        <translation>wsafix link make: --%1 &apos;%2&apos; %3</translation>
    </message>
    <message>
        <source>wsafix link make: internal error: the link made does not read back (%1)</source>
        <translation>wsafix link make: interner Fehler: Der erstellte Link lässt sich nicht zurücklesen (%1)</translation>
    </message>
    <message>
        <source>wsafix link check: --%1 is for link make (see wsafix link --help)</source>
        <translation>wsafix link check: --%1 gehört zu link make (siehe wsafix link --help)</translation>
    </message>
    <message>
        <source>wsafix link check: give one link, e.g. wsafix link check &apos;wsafix://diagnose?code=10056&apos;</source>
        <translation>wsafix link check: Geben Sie einen Link an, z. B. wsafix link check &apos;wsafix://diagnose?code=10056&apos;</translation>
    </message>
    <message>
        <source>%1: refused: %2</source>
        <translation>%1: abgelehnt: %2</translation>
    </message>
    <message>
        <source>Error code:</source>
        <translation>Fehlercode:</translation>
    </message>
    <message>
        <source>Application:</source>
        <translation>Anwendung:</translation>
    </message>
    <message>
        <source>Target host:</source>
        <translation>Zielhost:</translation>
    </message>
    <message>
        <source>Target port:</source>
        <translation>Zielport:</translation>
    </message>
    <message>
        <source>Ticket:</source>
        <translation>Ticket:</translation>
    </message>
    <message>
        <source>The link is valid. It opens the wizard on its first page with:</source>
        <translation>Der Link ist gültig. Er öffnet den Assistenten auf seiner ersten Seite mit:</translation>
    </message>
    <message>
        <source>(not given)</source>
        <translation>(nicht angegeben)</translation>
    </message>
    <message>
        <source>A link only fills in this page: it cannot apply a fix, restore a snapshot or run a command.</source>
        <translation>Ein Link füllt nur diese Seite aus: Er kann keine Korrektur anwenden, keinen Snapshot wiederherstellen und keinen Befehl ausführen.</translation>
    </message>
    <message>
        <source>wsafix link: say make or check (see wsafix link --help)</source>
        <translation>wsafix link: Geben Sie make oder check an (siehe wsafix link --help)</translation>
    </message>
    <message>
        <source>wsafix link: unknown action &apos;%1&apos;: say make or check (see wsafix link --help)</source>
        <translation>wsafix link: unbekannte Aktion &apos;%1&apos;: Geben Sie make oder check an (siehe wsafix link --help)</translation>
    </message>
</context>
<context>
    <name>PdfReport</name>
    <message>
        <source>page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
</context>
<context>
    <name>ReportCommand</name>
    <message>
        <source>give --format html|pdf|json|md (it could not be told from &apos;%1&apos;)</source>
        <translation>geben Sie --format html|pdf|json|md an (es ließ sich aus &apos;%1&apos; nicht erkennen)</translation>
    </message>
    <message>
        <source>unknown format &apos;%1&apos; (html, pdf, json, md)</source>
        <translation>unbekanntes Format &apos;%1&apos; (html, pdf, json, md)</translation>
    </message>
    <message>
        <source>wsafix report: %1</source>
        <translation>wsafix report: %1</translation>
    </message>
    <message>
        <source>give either --last or --session ID</source>
        <translation>geben Sie entweder --last oder --session ID an</translation>
    </message>
    <message>
        <source>give the output file: -o FILE (- for standard output)</source>
        <translation>geben Sie die Ausgabedatei an: -o DATEI (- für die Standardausgabe)</translation>
    </message>
    <message>
        <source>a PDF cannot go to standard output: give -o FILE.pdf</source>
        <translation>ein PDF kann nicht auf die Standardausgabe gehen: geben Sie -o DATEI.pdf an</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a folder: give a file name</source>
        <translation>&apos;%1&apos; ist ein Ordner: geben Sie einen Dateinamen an</translation>
    </message>
    <message>
        <source>no session in %1 yet (run wsafix detect first)</source>
        <translation>noch keine Sitzung in %1 (führen Sie zuerst wsafix detect aus)</translation>
    </message>
    <message>
        <source>no session &apos;%1&apos; in %2 (--last takes the newest)</source>
        <translation>keine Sitzung &apos;%1&apos; in %2 (--last nimmt die neueste)</translation>
    </message>
    <message>
        <source>wsafix report: this build cannot write PDF files</source>
        <translation>wsafix report: Dieser Build kann keine PDF-Dateien schreiben</translation>
    </message>
    <message>
        <source>wsafix report: could not make the PDF: %1</source>
        <translation>wsafix report: Das PDF konnte nicht erstellt werden: %1</translation>
    </message>
    <message>
        <source>cannot write the report: %1</source>
        <translation>der Bericht kann nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>Wrote %1 (%2 report of session %3, personal data redacted)</source>
        <translation>%1 geschrieben (%2-Bericht der Sitzung %3, persönliche Daten geschwärzt)</translation>
    </message>
    <message>
        <source>Wrote %1 (%2 report of session %3)</source>
        <translation>%1 geschrieben (%2-Bericht der Sitzung %3)</translation>
    </message>
    <message>
        <source>give --redact or --no-redact, not both</source>
        <translation>geben Sie --redact oder --no-redact an, nicht beides</translation>
    </message>
</context>
<context>
    <name>SeverityStyle</name>
    <message>
        <source>Info</source>
        <translation>Information</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Kritisch</translation>
    </message>
</context>
<context>
    <name>SnapshotsCommand</name>
    <message>
        <source>No snapshots in %1</source>
        <translation>Keine Snapshots in %1</translation>
    </message>
    <message>
        <source>Snapshot %1 (checksums verified)</source>
        <translation>Snapshot %1 (Prüfsummen geprüft)</translation>
    </message>
    <message>
        <source>fix:</source>
        <translation>Korrektur:</translation>
    </message>
    <message>
        <source>machine:</source>
        <translation>Computer:</translation>
    </message>
    <message>
        <source>taken:</source>
        <translation>erstellt:</translation>
    </message>
    <message>
        <source>folder:</source>
        <translation>Ordner:</translation>
    </message>
    <message>
        <source>%1 (%2 bytes)</source>
        <translation>%1 (%2 Bytes)</translation>
    </message>
    <message>
        <source>wsafix snapshots: %1; nothing was restored</source>
        <translation>wsafix snapshots: %1; nichts wurde wiederhergestellt</translation>
    </message>
    <message>
        <source>wsafix snapshots: snapshot %1 was taken on %2, not on %3; nothing was restored</source>
        <translation>wsafix snapshots: Snapshot %1 wurde auf %2 erstellt, nicht auf %3; nichts wurde wiederhergestellt</translation>
    </message>
    <message>
        <source>wsafix snapshots: snapshot %1 was taken on %2, not on %3 (add --scenario NAME for a simulated one); nothing was restored</source>
        <translation>wsafix snapshots: Snapshot %1 wurde auf %2 erstellt, nicht auf %3 (fügen Sie --scenario NAME für einen simulierten hinzu); nichts wurde wiederhergestellt</translation>
    </message>
    <message>
        <source>wsafix snapshots: snapshot %1 belongs to a fix this wsafix cannot build: %2</source>
        <translation>wsafix snapshots: Snapshot %1 gehört zu einer Korrektur, die dieses wsafix nicht erstellen kann: %2</translation>
    </message>
    <message>
        <source>wsafix snapshots: restoring %1: %2</source>
        <translation>wsafix snapshots: Wiederherstellen von %1: %2</translation>
    </message>
    <message>
        <source>snapshot %1: %2</source>
        <translation>Snapshot %1: %2</translation>
    </message>
    <message>
        <source>machine: %1</source>
        <translation>Computer: %1</translation>
    </message>
    <message>
        <source>wsafix snapshots: &apos;%1&apos; is not a snapshot id: %2</source>
        <translation>wsafix snapshots: &apos;%1&apos; ist keine Snapshot-ID: %2</translation>
    </message>
    <message>
        <source>wsafix snapshots: use &apos;snapshots list&apos;, &apos;snapshots show ID&apos; or &apos;snapshots restore ID&apos;</source>
        <translation>wsafix snapshots: Verwenden Sie &apos;snapshots list&apos;, &apos;snapshots show ID&apos; oder &apos;snapshots restore ID&apos;</translation>
    </message>
</context>
<context>
    <name>VerificationText</name>
    <message>
        <source>Fixed</source>
        <translation>Behoben</translation>
    </message>
    <message>
        <source>Not fixed</source>
        <translation>Nicht behoben</translation>
    </message>
    <message>
        <source>Could not verify</source>
        <translation>Nicht überprüfbar</translation>
    </message>
    <message>
        <source>resolved</source>
        <translation>behoben</translation>
    </message>
    <message>
        <source>still present</source>
        <translation>weiterhin vorhanden</translation>
    </message>
    <message>
        <source>new</source>
        <translation>neu</translation>
    </message>
    <message>
        <source>not checked again</source>
        <translation>nicht erneut geprüft</translation>
    </message>
    <message>
        <source>connected</source>
        <translation>verbunden</translation>
    </message>
    <message>
        <source>name not resolved</source>
        <translation>Name nicht aufgelöst</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>No target host and port were given: no connection was tried.</source>
        <translation>Es wurden kein Zielhost und kein Port angegeben: Keine Verbindung wurde versucht.</translation>
    </message>
    <message>
        <source>The name %1 was not looked up.</source>
        <translation>Der Name %1 wurde nicht nachgeschlagen.</translation>
    </message>
    <message>
        <source>The name %1 does not resolve (%2), so no connection was tried: a name problem, not a closed port.</source>
        <translation>Der Name %1 lässt sich nicht auflösen (%2), daher wurde keine Verbindung versucht: ein Namensproblem, kein geschlossener Port.</translation>
    </message>
    <message>
        <source>%1 resolves to %2; %3 of %4 connection attempts to port %5:</source>
        <translation>%1 wird aufgelöst zu %2; %3 von %4 Verbindungsversuchen zu Port %5:</translation>
    </message>
    <message>
        <source>No comparison with the first examination: %1.</source>
        <translation>Kein Vergleich mit der ersten Untersuchung: %1.</translation>
    </message>
    <message>
        <source>Socket providers</source>
        <translation>Socket-Anbieter</translation>
    </message>
    <message>
        <source>Layered providers: %1 at detect time, %2 now.</source>
        <translation>Schichtanbieter: %1 bei detect, jetzt %2.</translation>
    </message>
    <message>
        <source>No entry was added or removed.</source>
        <translation>Kein Eintrag wurde hinzugefügt oder entfernt.</translation>
    </message>
    <message>
        <source>removed:</source>
        <translation>entfernt:</translation>
    </message>
    <message>
        <source>added:</source>
        <translation>hinzugefügt:</translation>
    </message>
    <message>
        <source>Network adapters</source>
        <translation>Netzwerkadapter</translation>
    </message>
    <message>
        <source>No change.</source>
        <translation>Keine Änderung.</translation>
    </message>
    <message>
        <source>came up</source>
        <translation>verbunden</translation>
    </message>
    <message>
        <source>went down</source>
        <translation>getrennt</translation>
    </message>
    <message>
        <source>appeared</source>
        <translation>erschienen</translation>
    </message>
    <message>
        <source>disappeared</source>
        <translation>verschwunden</translation>
    </message>
    <message>
        <source>addresses changed</source>
        <translation>Adressen geändert</translation>
    </message>
    <message>
        <source>Events since detect</source>
        <translation>Ereignisse seit detect</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Keine.</translation>
    </message>
    <message>
        <source>Checks unavailable now</source>
        <translation>Jetzt nicht verfügbare Prüfungen</translation>
    </message>
    <message>
        <source>What to do next:</source>
        <translation>Nächste Schritte:</translation>
    </message>
    <message>
        <source>Works: nothing needed fixing</source>
        <translation>Funktioniert: Es musste nichts repariert werden</translation>
    </message>
</context>
<context>
    <name>VerifyCommand</name>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>simulated machine &apos;%1&apos;</source>
        <translation>simulierter Computer &apos;%1&apos;</translation>
    </message>
    <message>
        <source>this machine</source>
        <translation>dieser Computer</translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation>%1 (%2, %3)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>the whole machine</source>
        <translation>der ganze Computer</translation>
    </message>
    <message>
        <source>No comparison with detect: %1.</source>
        <translation>Kein Vergleich mit detect: %1.</translation>
    </message>
    <message>
        <source>TCP sockets of %1 now: %2</source>
        <translation>TCP-Sockets von %1 jetzt: %2</translation>
    </message>
    <message>
        <source>Since detect:</source>
        <translation>Seit detect:</translation>
    </message>
    <message>
        <source>catalog: %1 added, %2 removed; layered providers %3 -&gt; %4</source>
        <translation>Katalog: %1 hinzugefügt, %2 entfernt; Schichtanbieter %3 -&gt; %4</translation>
    </message>
    <message>
        <source>TCP sockets of %1: before %2; now %3</source>
        <translation>TCP-Sockets von %1: vorher %2; jetzt %3</translation>
    </message>
    <message>
        <source>adapters: no change</source>
        <translation>Adapter: keine Änderung</translation>
    </message>
    <message>
        <source>adapters:</source>
        <translation>Adapter:</translation>
    </message>
    <message>
        <source>new events: %1</source>
        <translation>neue Ereignisse: %1</translation>
    </message>
    <message>
        <source>unavailable now: %1</source>
        <translation>jetzt nicht verfügbar: %1</translation>
    </message>
    <message>
        <source>FIXED</source>
        <translation>BEHOBEN</translation>
    </message>
    <message>
        <source>NOT FIXED</source>
        <translation>NICHT BEHOBEN</translation>
    </message>
    <message>
        <source>COULD NOT VERIFY</source>
        <translation>NICHT ÜBERPRÜFBAR</translation>
    </message>
    <message>
        <source>resolved</source>
        <translation>behoben</translation>
    </message>
    <message>
        <source>still-present</source>
        <translation>weiterhin vorhanden</translation>
    </message>
    <message>
        <source>new</source>
        <translation>neu</translation>
    </message>
    <message>
        <source>not-rechecked</source>
        <translation>nicht erneut geprüft</translation>
    </message>
    <message>
        <source>wsafix verify: %1</source>
        <translation>wsafix verify: %1</translation>
    </message>
    <message>
        <source>Name %1: resolves to%2</source>
        <translation>Name %1: wird aufgelöst zu%2</translation>
    </message>
    <message>
        <source>Name %1: does not resolve (%2)</source>
        <translation>Name %1: lässt sich nicht auflösen (%2)</translation>
    </message>
    <message>
        <source>Connections to %1:%2 (%3 of %4 attempts, %5 ms time-out each):</source>
        <translation>Verbindungen zu %1:%2 (%3 von %4 Versuchen, je %5 ms Zeitlimit):</translation>
    </message>
    <message>
        <source>connected</source>
        <translation>verbunden</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>Findings:</source>
        <translation>Befunde:</translation>
    </message>
    <message>
        <source>Verdict: %1. %2</source>
        <translation>Ergebnis: %1. %2</translation>
    </message>
    <message>
        <source>Next:</source>
        <translation>Weiter:</translation>
    </message>
    <message>
        <source>Verification saved in session %1 (%2)</source>
        <translation>Überprüfung in Sitzung %1 gespeichert (%2)</translation>
    </message>
    <message>
        <source>wsafix verify: --host and --port are required (the target the failing program connects to)</source>
        <translation>wsafix verify: --host und --port sind erforderlich (das Ziel, mit dem sich das fehlerhafte Programm verbindet)</translation>
    </message>
    <message>
        <source>wsafix verify: --count &apos;%1&apos; is not a number of attempts (1-%2)</source>
        <translation>wsafix verify: --count &apos;%1&apos; ist keine Anzahl von Versuchen (1-%2)</translation>
    </message>
    <message>
        <source>wsafix verify: some fixes of the session are not simulated by this scenario</source>
        <translation>wsafix verify: Einige Korrekturen der Sitzung werden von diesem Szenario nicht simuliert</translation>
    </message>
    <message>
        <source>WORKS (nothing was fixed)</source>
        <translation>FUNKTIONIERT (nichts repariert)</translation>
    </message>
</context>
<context>
    <name>WizardLauncher</name>
    <message>
        <source>wsafix: the wizard is already open; raised it</source>
        <translation>wsafix: Der Assistent ist bereits geöffnet; er wurde in den Vordergrund geholt</translation>
    </message>
    <message>
        <source>wsafix: the wizard is already open; handed it the link</source>
        <translation>wsafix: Der Assistent ist bereits geöffnet; er hat den Link erhalten</translation>
    </message>
    <message>
        <source>wsafix: a running wizard did not answer; opening another one</source>
        <translation>wsafix: Ein laufender Assistent hat nicht geantwortet; ein weiterer wird geöffnet</translation>
    </message>
    <message>
        <source>wsafix: later launches cannot reach this wizard: %1</source>
        <translation>wsafix: Spätere Starts können diesen Assistenten nicht erreichen: %1</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>wsafix: no display here ($DISPLAY and $WAYLAND_DISPLAY are unset), so the wizard cannot open.</source>
        <translation>wsafix: Hier gibt es keine Anzeige ($DISPLAY und $WAYLAND_DISPLAY sind nicht gesetzt), daher kann der Assistent nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>wsafix: support link refused: %1</source>
        <translation>wsafix: Supportlink abgelehnt: %1</translation>
    </message>
    <message>
        <source>This is what `wsafix detect` finds instead:</source>
        <translation>Das findet `wsafix detect` stattdessen:</translation>
    </message>
    <message>
        <source>wsafix: internal error: %1</source>
        <translation>wsafix: interner Fehler: %1</translation>
    </message>
</context>
<context>
    <name>wsafix</name>
    <message>
        <source>wsafix: scenario not loaded</source>
        <translation>wsafix: Szenario nicht geladen</translation>
    </message>
    <message>
        <source>wsafix: session not resumed</source>
        <translation>wsafix: Sitzung nicht fortgesetzt</translation>
    </message>
</context>
<context>
    <name>wsafix::AdapterModel</name>
    <message>
        <source>up</source>
        <translation>verbunden</translation>
    </message>
    <message>
        <source>down</source>
        <translation>getrennt</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation>Adressen</translation>
    </message>
    <message>
        <source>Gateways</source>
        <translation>Gateways</translation>
    </message>
    <message>
        <source>DNS servers</source>
        <translation>DNS-Server</translation>
    </message>
    <message>
        <source>DHCP</source>
        <translation>DHCP</translation>
    </message>
    <message>
        <source>MAC</source>
        <translation>MAC</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Ethernet</source>
        <translation>Ethernet</translation>
    </message>
    <message>
        <source>Wi-Fi</source>
        <translation>WLAN</translation>
    </message>
    <message>
        <source>loopback</source>
        <translation>Loopback</translation>
    </message>
    <message>
        <source>tunnel</source>
        <translation>Tunnel</translation>
    </message>
    <message>
        <source>PPP</source>
        <translation>PPP</translation>
    </message>
    <message>
        <source>other</source>
        <translation>andere</translation>
    </message>
</context>
<context>
    <name>wsafix::AnalyzeDialog</name>
    <message>
        <source>Analyze pasted output</source>
        <translation>Eingefügte Ausgabe analysieren</translation>
    </message>
    <message>
        <source>Paste what the user sent — netsh winsock show catalog, ipconfig /all, netstat -ano and similar, in any language — or drop saved files here. wsafix then examines that machine instead of this one.</source>
        <translation>Fügen Sie ein, was der Benutzer geschickt hat – netsh winsock show catalog, ipconfig /all, netstat -ano und Ähnliches, in jeder Sprache – oder ziehen Sie gespeicherte Dateien hierher. wsafix untersucht dann diesen Computer statt dieses hier.</translation>
    </message>
    <message>
        <source>Pasted output</source>
        <translation>Eingefügte Ausgabe</translation>
    </message>
    <message>
        <source>Paste command output here</source>
        <translation>Befehlsausgabe hier einfügen</translation>
    </message>
    <message>
        <source>Add &amp;files…</source>
        <translation>&amp;Dateien hinzufügen…</translation>
    </message>
    <message>
        <source>What was recognised</source>
        <translation>Was erkannt wurde</translation>
    </message>
    <message>
        <source>&amp;Examine this machine</source>
        <translation>Diesen Computer &amp;untersuchen</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1, lines %2–%3: %4 — %n item(s)</source>
        <translation>
            <numerusform>%1, Zeilen %2–%3: %4 — %n Element</numerusform>
            <numerusform>%1, Zeilen %2–%3: %4 — %n Elemente</numerusform>
        </translation>
    </message>
    <message>
        <source>lines %1–%2</source>
        <translation>Zeilen %1–%2</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>Zeile %1</translation>
    </message>
    <message>
        <source>%1, %2 not used: %3
    %4</source>
        <translation>%1, %2 nicht verwendet: %3
    %4</translation>
    </message>
    <message>
        <source>Nothing pasted yet.</source>
        <translation>Noch nichts eingefügt.</translation>
    </message>
    <message>
        <source>No command output wsafix knows was recognised.</source>
        <translation>Keine Befehlsausgabe erkannt, die wsafix kennt.</translation>
    </message>
    <message>
        <source>Recognised below; lines that could not be used are greyed. Click Examine this machine to see its findings.</source>
        <translation>Unten erkannt; nicht verwendbare Zeilen sind ausgegraut. Klicken Sie auf Diesen Computer untersuchen, um seine Befunde zu sehen.</translation>
    </message>
    <message>
        <source>Add saved command output</source>
        <translation>Gespeicherte Befehlsausgabe hinzufügen</translation>
    </message>
    <message>
        <source>Text files (*.txt *.log);;All files (*)</source>
        <translation>Textdateien (*.txt *.log);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>wsafix::CatalogModel</name>
    <message>
        <source>base</source>
        <translation>Basis</translation>
    </message>
    <message>
        <source>LAYERED</source>
        <translation>GESCHICHTET</translation>
    </message>
    <message>
        <source>LAYERED chain</source>
        <translation>GESCHICHTET, Kette</translation>
    </message>
    <message>
        <source>LAYERED chain %1</source>
        <translation>GESCHICHTET, Kette %1</translation>
    </message>
    <message>
        <source>%1 (file missing)</source>
        <translation>%1 (Datei fehlt)</translation>
    </message>
    <message>
        <source>A layered provider sees every connection of every program that uses this protocol.</source>
        <translation>Ein Schichtanbieter sieht jede Verbindung jedes Programms, das dieses Protokoll verwendet.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Provider DLL</source>
        <translation>Anbieter-DLL</translation>
    </message>
    <message>
        <source>Company / product</source>
        <translation>Firma / Produkt</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Familie</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>Catalog</source>
        <translation>Katalog</translation>
    </message>
</context>
<context>
    <name>wsafix::DecodePanel</name>
    <message>
        <source>This can mean more than one error:</source>
        <translation>Das kann mehr als einen Fehler bedeuten:</translation>
    </message>
    <message>
        <source>Type it as the user sees it (for example 0x00002748 or WSAEISCONN) to be sure.</source>
        <translation>Geben Sie ihn so ein, wie der Benutzer ihn sieht (zum Beispiel 0x00002748 oder WSAEISCONN), um sicherzugehen.</translation>
    </message>
    <message>
        <source>Nearest known codes:</source>
        <translation>Nächste bekannte Codes:</translation>
    </message>
    <message>
        <source>The error code is not understood</source>
        <translation>Der Fehlercode wird nicht verstanden</translation>
    </message>
</context>
<context>
    <name>wsafix::DetectPage</name>
    <message>
        <source>&amp;Cancel examination</source>
        <translation>Untersuchung a&amp;bbrechen</translation>
    </message>
    <message>
        <source>&amp;Run again</source>
        <translation>E&amp;rneut ausführen</translation>
    </message>
    <message>
        <source>Examination progress</source>
        <translation>Fortschritt der Untersuchung</translation>
    </message>
    <message>
        <source>Examine the computer</source>
        <translation>Computer untersuchen</translation>
    </message>
    <message>
        <source>No problems found: the socket providers, the connections, the network adapters and the event log look healthy.</source>
        <translation>Keine Probleme gefunden: Die Socket-Anbieter, die Verbindungen, die Netzwerkadapter und das Ereignisprotokoll sehen gesund aus.</translation>
    </message>
    <message>
        <source>Preloaded &amp;libraries</source>
        <translation>Vorab geladene Bib&amp;liotheken</translation>
    </message>
    <message>
        <source>&amp;Sockets</source>
        <translation>&amp;Sockets</translation>
    </message>
    <message>
        <source>&amp;TCP states</source>
        <translation>&amp;TCP-Zustände</translation>
    </message>
    <message>
        <source>&amp;Adapters</source>
        <translation>&amp;Adapter</translation>
    </message>
    <message>
        <source>&amp;Events</source>
        <translation>&amp;Ereignisse</translation>
    </message>
    <message>
        <source>wsafix is reading the pasted outputs.</source>
        <translation>wsafix liest die eingefügten Ausgaben.</translation>
    </message>
    <message>
        <source>wsafix is examining this computer; this takes a few seconds. Wait until the results appear, or click Cancel.</source>
        <translation>wsafix untersucht diesen Computer; das dauert einige Sekunden. Warten Sie, bis die Ergebnisse erscheinen, oder klicken Sie auf Abbrechen.</translation>
    </message>
    <message>
        <source>The findings appear here when the examination ends.</source>
        <translation>Die Befunde erscheinen hier, wenn die Untersuchung endet.</translation>
    </message>
    <message>
        <source>Failed.</source>
        <translation>Fehlgeschlagen.</translation>
    </message>
    <message>
        <source>The examination failed: %1. Click Run again.</source>
        <translation>Die Untersuchung ist fehlgeschlagen: %1. Klicken Sie auf Erneut ausführen.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>Finished.</source>
        <translation>Fertig.</translation>
    </message>
    <message>
        <source>The examination was cancelled, so the results below are incomplete. Click Run again, or Next to continue with what was found.</source>
        <translation>Die Untersuchung wurde abgebrochen, daher sind die Ergebnisse unten unvollständig. Klicken Sie auf Erneut ausführen oder auf Weiter, um mit dem Gefundenen fortzufahren.</translation>
    </message>
    <message>
        <source>No problems found in the pasted outputs. Tabs without them say which command would show more.</source>
        <translation>Keine Probleme in den eingefügten Ausgaben gefunden. Registerkarten ohne Ausgabe nennen den Befehl, der mehr zeigen würde.</translation>
    </message>
    <message>
        <source>No problems found on this computer. Click Next to continue; if the error persists, the failing program itself is the likely cause.</source>
        <translation>Auf diesem Computer wurden keine Probleme gefunden. Klicken Sie auf Weiter; besteht der Fehler weiter, ist wahrscheinlich das fehlerhafte Programm selbst die Ursache.</translation>
    </message>
    <message>
        <source>Found one problem. Click it to see the evidence, then click Next to see the fixes.</source>
        <translation>Ein Problem gefunden. Klicken Sie darauf, um die Belege zu sehen, dann auf Weiter, um die Korrekturen zu sehen.</translation>
    </message>
    <message>
        <source>Found %1 problems, the worst first. Click one to see its evidence, then click Next to see the fixes.</source>
        <translation>%1 Probleme gefunden, das schlimmste zuerst. Klicken Sie auf eines, um seine Belege zu sehen, dann auf Weiter, um die Korrekturen zu sehen.</translation>
    </message>
    <message>
        <source>not run</source>
        <translation>nicht ausgeführt</translation>
    </message>
    <message>
        <source>Sockets per remote endpoint</source>
        <translation>Sockets je Remote-Endpunkt</translation>
    </message>
    <message>
        <source>Remote endpoint</source>
        <translation>Remote-Endpunkt</translation>
    </message>
    <message>
        <source>Sockets</source>
        <translation>Sockets</translation>
    </message>
    <message>
        <source>Most sockets per remote endpoint, whole machine:</source>
        <translation>Die meisten Sockets je Remote-Endpunkt, ganzer Computer:</translation>
    </message>
    <message>
        <source>Most sockets of %1 per remote endpoint:</source>
        <translation>Die meisten Sockets von %1 je Remote-Endpunkt:</translation>
    </message>
    <message>
        <source>What was examined</source>
        <translation>Was untersucht wurde</translation>
    </message>
    <message>
        <source>&amp;Winsock catalog</source>
        <translation>&amp;Winsock-Katalog</translation>
    </message>
    <message>
        <source>Na&amp;me resolution</source>
        <translation>Na&amp;mensauflösung</translation>
    </message>
</context>
<context>
    <name>wsafix::DetectionJobPage</name>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Wird gestartet…</translation>
    </message>
</context>
<context>
    <name>wsafix::ElevatedFixStep</name>
    <message>
        <source>; the session could not be read back: %1</source>
        <translation>; die Sitzung konnte nicht zurückgelesen werden: %1</translation>
    </message>
    <message>
        <source>; the elevated step recorded no action</source>
        <translation>; der Schritt mit erhöhten Rechten hat keine Aktion aufgezeichnet</translation>
    </message>
    <message>
        <source>a simulated machine is not restarted: nothing to re-open</source>
        <translation>ein simulierter Computer wird nicht neu gestartet: Nichts wieder zu öffnen</translation>
    </message>
</context>
<context>
    <name>wsafix::EventModel</name>
    <message>
        <source>Time (UTC)</source>
        <translation>Zeit (UTC)</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Ebene</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Event ID</source>
        <translation>Ereignis-ID</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
</context>
<context>
    <name>wsafix::FindingsView</name>
    <message>
        <source>Findings</source>
        <translation>Befunde</translation>
    </message>
    <message>
        <source>Finding and evidence</source>
        <translation>Befund und Belege</translation>
    </message>
    <message>
        <source>Finding details</source>
        <translation>Details zum Befund</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Jetzt</translation>
    </message>
    <message>
        <source> (and %1 more)</source>
        <translation> (und %1 weitere)</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Belege</translation>
    </message>
    <message>
        <source>Recommended fixes, gentlest first</source>
        <translation>Empfohlene Korrekturen, die sanfteste zuerst</translation>
    </message>
    <message>
        <source>The problems found, worst first. The details of the selected one are shown beside the list.</source>
        <translation>Die gefundenen Probleme, das schlimmste zuerst. Die Details des ausgewählten stehen neben der Liste.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>wsafix::FixChecklist</name>
    <message>
        <source>Recommended fixes</source>
        <translation>Empfohlene Korrekturen</translation>
    </message>
    <message>
        <source>Fix</source>
        <translation>Korrigieren</translation>
    </message>
    <message>
        <source>Badges</source>
        <translation>Hinweise</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Asked for by</source>
        <translation>Verlangt von</translation>
    </message>
</context>
<context>
    <name>wsafix::FixDetails</name>
    <message>
        <source>Fix details and exact commands</source>
        <translation>Details der Korrektur und genaue Befehle</translation>
    </message>
    <message>
        <source>Why:</source>
        <translation>Warum:</translation>
    </message>
    <message numerus="yes">
        <source>This fix can cut the computer off the network, so the auto-revert guard watches it: unless you keep the change within %n second(s), the settings before it come back by themselves.</source>
        <translation>
            <numerusform>Diese Korrektur kann den Computer vom Netz trennen, deshalb überwacht sie die automatische Rücknahme: Wenn Sie die Änderung nicht innerhalb von %n Sekunde behalten, kommen die vorherigen Einstellungen von selbst zurück.</numerusform>
            <numerusform>Diese Korrektur kann den Computer vom Netz trennen, deshalb überwacht sie die automatische Rücknahme: Wenn Sie die Änderung nicht innerhalb von %n Sekunden behalten, kommen die vorherigen Einstellungen von selbst zurück.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot run here:</source>
        <translation>Kann hier nicht laufen:</translation>
    </message>
    <message>
        <source>Snapshot first:</source>
        <translation>Zuerst Snapshot:</translation>
    </message>
    <message>
        <source>Exact commands:</source>
        <translation>Genaue Befehle:</translation>
    </message>
    <message>
        <source>(being listed…)</source>
        <translation>(werden aufgelistet…)</translation>
    </message>
</context>
<context>
    <name>wsafix::FixPage</name>
    <message>
        <source>&amp;Apply ticked fixes</source>
        <translation>Markierte Korrekturen &amp;anwenden</translation>
    </message>
    <message>
        <source>Fix</source>
        <translation>Korrektur</translation>
    </message>
    <message>
        <source>Continue to &amp;verify</source>
        <translation>Weiter zur Ü&amp;berprüfung</translation>
    </message>
    <message>
        <source>no finding asks for this (training: you may still try it)</source>
        <translation>kein Befund verlangt das (Training: Sie können es trotzdem versuchen)</translation>
    </message>
    <message>
        <source>Run as &amp;administrator…</source>
        <translation>Als Admi&amp;nistrator ausführen…</translation>
    </message>
    <message>
        <source>&amp;Stop after this fix</source>
        <translation>Nach dieser Korrektur an&amp;halten</translation>
    </message>
    <message>
        <source>A fix that has started is always finished or rolled back; the ones after it are not run.</source>
        <translation>Eine begonnene Korrektur wird immer abgeschlossen oder zurückgesetzt; die folgenden werden nicht ausgeführt.</translation>
    </message>
    <message>
        <source>Fix progress</source>
        <translation>Fortschritt der Korrekturen</translation>
    </message>
    <message>
        <source>Live log of the fix steps</source>
        <translation>Live-Protokoll der Korrekturschritte</translation>
    </message>
    <message>
        <source>Each step appears here as it runs.</source>
        <translation>Jeder Schritt erscheint hier, während er läuft.</translation>
    </message>
    <message>
        <source>Stopping after the fix that is running…</source>
        <translation>Anhalten nach der laufenden Korrektur…</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>Snapshots of this session</source>
        <translation>Snapshots dieser Sitzung</translation>
    </message>
    <message>
        <source>wsafix has no such fix for %1: %2</source>
        <translation>wsafix hat keine solche Korrektur für %1: %2</translation>
    </message>
    <message>
        <source>the findings describe the machine of the pasted outputs, not this one: run wsafix there to apply it</source>
        <translation>die Befunde beschreiben den Computer der eingefügten Ausgaben, nicht diesen: Führen Sie wsafix dort aus, um sie anzuwenden</translation>
    </message>
    <message>
        <source>needs administrator rights, and wsafix runs without them</source>
        <translation>erfordert Administratorrechte, und wsafix läuft ohne sie</translation>
    </message>
    <message>
        <source>cannot run here</source>
        <translation>kann hier nicht laufen</translation>
    </message>
    <message>
        <source>checking…</source>
        <translation>wird geprüft…</translation>
    </message>
    <message>
        <source>Nothing needs fixing: the examination found no problem that a fix could solve. Click Continue to check the connection.</source>
        <translation>Nichts muss korrigiert werden: Die Untersuchung fand kein Problem, das eine Korrektur lösen könnte. Klicken Sie auf „Weiter“, um die Verbindung zu prüfen.</translation>
    </message>
    <message>
        <source>These are the fixes the findings call for, the gentlest first. Tick the ones to try and click Apply: a snapshot is taken first and a fix that fails is undone. This is a simulated machine, so no real computer changes.</source>
        <translation>Dies sind die Korrekturen, die die Befunde verlangen, die schonendste zuerst. Markieren Sie die gewünschten und klicken Sie auf „Anwenden“: Zuerst wird ein Snapshot aufgenommen, und eine fehlgeschlagene Korrektur wird rückgängig gemacht. Dies ist ein simulierter Computer, also ändert sich kein echter Computer.</translation>
    </message>
    <message>
        <source>These are the fixes the findings call for, the gentlest first, with the exact commands they run. Tick the ones to try and click Apply: a snapshot is taken first, and a fix that fails is undone on the spot. Every snapshot below can be restored.</source>
        <translation>Dies sind die Korrekturen, die die Befunde verlangen, die schonendste zuerst, mit den genauen Befehlen, die sie ausführen. Markieren Sie die gewünschten und klicken Sie auf „Anwenden“: Zuerst wird ein Snapshot aufgenommen, und eine fehlgeschlagene Korrektur wird sofort rückgängig gemacht. Jeder Snapshot unten kann wiederhergestellt werden.</translation>
    </message>
    <message>
        <source>On a real computer, %1 need administrator rights, which this simulated machine does not have: wsafix would ask to run this step as administrator. In training the simulated machine goes ahead.</source>
        <translation>Auf einem echten Computer benötigen %1 Administratorrechte, die dieser simulierte Computer nicht hat: wsafix würde darum bitten, diesen Schritt als Administrator auszuführen. Im Training macht der simulierte Computer weiter.</translation>
    </message>
    <message>
        <source>Checking what each fix would run here…</source>
        <translation>Es wird geprüft, was jede Korrektur hier ausführen würde…</translation>
    </message>
    <message>
        <source>waiting…</source>
        <translation>wartet…</translation>
    </message>
    <message numerus="yes">
        <source>Applying %n fix(es) on %1</source>
        <translation>
            <numerusform>%n Korrektur wird auf %1 angewandt</numerusform>
            <numerusform>%n Korrekturen werden auf %1 angewandt</numerusform>
        </translation>
    </message>
    <message>
        <source>Restoring snapshot %1</source>
        <translation>Snapshot %1 wird wiederhergestellt</translation>
    </message>
    <message>
        <source>Rolling back what an interrupted run left open</source>
        <translation>Was ein unterbrochener Lauf offen ließ, wird zurückgesetzt</translation>
    </message>
    <message>
        <source>Taking the snapshot…</source>
        <translation>Snapshot wird aufgenommen…</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>In Arbeit…</translation>
    </message>
    <message>
        <source>Done: the result of each fix is in the list and below.</source>
        <translation>Fertig: Das Ergebnis jeder Korrektur steht in der Liste und darunter.</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Fertig.</translation>
    </message>
    <message>
        <source>Interrupted change</source>
        <translation>Unterbrochene Änderung</translation>
    </message>
    <message>
        <source>cannot be listed: %1</source>
        <translation>kann nicht aufgelistet werden: %1</translation>
    </message>
    <message>
        <source>(none: the fix cannot run here)</source>
        <translation>(keine: Die Korrektur kann hier nicht laufen)</translation>
    </message>
    <message>
        <source>(none: the simulated machine runs no commands)</source>
        <translation>(keine: Der simulierte Computer führt keine Befehle aus)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>unavailable: %1</source>
        <translation>nicht verfügbar: %1</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>bereit</translation>
    </message>
    <message>
        <source>refused: %1</source>
        <translation>abgelehnt: %1</translation>
    </message>
    <message>
        <source>Waiting for you to keep or revert the change…</source>
        <translation>Warten, bis Sie die Änderung behalten oder zurücknehmen…</translation>
    </message>
    <message>
        <source>Undoing %1 failed; the auto-revert guard puts the snapshot back now.</source>
        <translation>Das Rückgängigmachen von %1 ist fehlgeschlagen; die automatische Rücknahme stellt den Snapshot jetzt wieder her.</translation>
    </message>
    <message>
        <source>You kept the change of %1; the auto-revert guard stood down.</source>
        <translation>Sie haben die Änderung von %1 behalten; die automatische Rücknahme wurde aufgehoben.</translation>
    </message>
    <message>
        <source>%1: not run (stopped)</source>
        <translation>%1: nicht ausgeführt (angehalten)</translation>
    </message>
    <message>
        <source>Auto-revert guard: %1</source>
        <translation>Automatische Rücknahme: %1</translation>
    </message>
    <message>
        <source>The session could not be read back: %1</source>
        <translation>Die Sitzung konnte nicht wieder eingelesen werden: %1</translation>
    </message>
    <message>
        <source>%1: not run, because the change before it was undone</source>
        <translation>%1: nicht ausgeführt, weil die Änderung davor zurückgenommen wurde</translation>
    </message>
    <message>
        <source>Asking for administrator rights to run: %1</source>
        <translation>Administratorrechte werden angefordert, um auszuführen: %1</translation>
    </message>
    <message>
        <source>Waiting for the administrator step: the password prompt, then the fixes…</source>
        <translation>Warten auf den Administratorschritt: erst die Kennwortabfrage, dann die Korrekturen…</translation>
    </message>
    <message>
        <source>Administrator step: %1</source>
        <translation>Administratorschritt: %1</translation>
    </message>
    <message>
        <source>The administrator step still lacked administrator rights: nothing was changed.</source>
        <translation>Auch der Administratorschritt hatte keine Administratorrechte: Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Nothing was run as administrator: %1.</source>
        <translation>Es wurde nichts als Administrator ausgeführt: %1.</translation>
    </message>
    <message>
        <source>On a real computer, %1 needs a restart to finish; wsafix would then re-open at its verify page.</source>
        <translation>Auf einem echten Computer braucht %1 einen Neustart, um fertig zu werden; wsafix würde danach auf der Seite „Prüfen“ wieder öffnen.</translation>
    </message>
    <message>
        <source>Restart the computer to finish %1: wsafix re-opens at the verify page after the restart.</source>
        <translation>Starten Sie den Computer neu, um %1 abzuschließen: wsafix öffnet sich nach dem Neustart auf der Seite „Prüfen“.</translation>
    </message>
    <message>
        <source>Restart the computer to finish %1, then run wsafix --resume %2 (wsafix could not set itself to re-open: %3).</source>
        <translation>Starten Sie den Computer neu, um %1 abzuschließen, und führen Sie dann wsafix --resume %2 aus (wsafix konnte sich nicht zum Wiederöffnen einrichten: %3).</translation>
    </message>
    <message>
        <source>needs administrator</source>
        <translation>braucht Administrator</translation>
    </message>
    <message>
        <source>needs administrator rights, and wsafix runs without them: tick it and click Run as administrator</source>
        <translation>braucht Administratorrechte, und wsafix läuft ohne sie: Haken setzen und auf „Als Administrator ausführen“ klicken</translation>
    </message>
    <message>
        <source>%1 need administrator rights, and wsafix runs as an ordinary user. Tick the ones to try and click Run as administrator to run just those with the password of an administrator (the rest of the wizard stays as it is), or ask an administrator to run: wsafix fix %2</source>
        <translation>%1 brauchen Administratorrechte, und wsafix läuft als normaler Benutzer. Setzen Sie bei den gewünschten einen Haken und klicken Sie auf „Als Administrator ausführen“, um nur diese mit dem Kennwort eines Administrators auszuführen (der Rest des Assistenten bleibt, wie er ist), oder bitten Sie einen Administrator, Folgendes auszuführen: wsafix fix %2</translation>
    </message>
    <message>
        <source>%1 need administrator rights: click Run as administrator, or untick them to go on without them.</source>
        <translation>%1 brauchen Administratorrechte: Klicken Sie auf „Als Administrator ausführen“, oder entfernen Sie die Haken, um ohne sie weiterzumachen.</translation>
    </message>
    <message>
        <source>Tick the fixes to run as administrator first.</source>
        <translation>Setzen Sie zuerst einen Haken bei den Reparaturen, die als Administrator laufen sollen.</translation>
    </message>
</context>
<context>
    <name>wsafix::IntakePage</name>
    <message>
        <source>Describe the error</source>
        <translation>Fehler beschreiben</translation>
    </message>
    <message>
        <source>Type the error the user sees, and if you know them, the program that fails and the server it connects to; then click Next to examine the computer.</source>
        <translation>Geben Sie den Fehler ein, den der Benutzer sieht, und wenn Sie sie kennen, das fehlerhafte Programm und den Server, mit dem es sich verbindet; klicken Sie dann auf Weiter, um den Computer zu untersuchen.</translation>
    </message>
    <message>
        <source>Error code</source>
        <translation>Fehlercode</translation>
    </message>
    <message>
        <source>e.g. 0x00002748, 10056 or WSAEISCONN</source>
        <translation>z. B. 0x00002748, 10056 oder WSAEISCONN</translation>
    </message>
    <message>
        <source>Failing application</source>
        <translation>Fehlerhafte Anwendung</translation>
    </message>
    <message>
        <source>optional: program name or PID, e.g. OUTLOOK.EXE</source>
        <translation>optional: Programmname oder PID, z. B. OUTLOOK.EXE</translation>
    </message>
    <message>
        <source>Target host</source>
        <translation>Zielhost</translation>
    </message>
    <message>
        <source>optional: e.g. mail.example.com or 192.0.2.10</source>
        <translation>optional: z. B. mail.example.com oder 192.0.2.10</translation>
    </message>
    <message>
        <source>Target port</source>
        <translation>Zielport</translation>
    </message>
    <message>
        <source>1–65535</source>
        <translation>1–65535</translation>
    </message>
    <message>
        <source>Ticket number</source>
        <translation>Ticketnummer</translation>
    </message>
    <message>
        <source>optional: e.g. INC0012345</source>
        <translation>optional: z. B. INC0012345</translation>
    </message>
    <message>
        <source>Elevated: yes — wsafix runs with administrator rights.</source>
        <translation>Erhöht: ja – wsafix läuft mit Administratorrechten.</translation>
    </message>
    <message>
        <source>Elevated: no — wsafix can examine this computer, but fixes will need an administrator.</source>
        <translation>Erhöht: nein – wsafix kann diesen Computer untersuchen, aber Korrekturen erfordern einen Administrator.</translation>
    </message>
    <message>
        <source>&amp;Error code:</source>
        <translation>&amp;Fehlercode:</translation>
    </message>
    <message>
        <source>Failing &amp;application:</source>
        <translation>Fehlerhafte &amp;Anwendung:</translation>
    </message>
    <message>
        <source>Target &amp;host:</source>
        <translation>Ziel&amp;host:</translation>
    </message>
    <message>
        <source>Target &amp;port:</source>
        <translation>Ziel&amp;port:</translation>
    </message>
    <message>
        <source>&amp;Ticket:</source>
        <translation>&amp;Ticket:</translation>
    </message>
    <message>
        <source>Analy&amp;ze pasted output…</source>
        <translation>Eingefügte Ausgabe anal&amp;ysieren…</translation>
    </message>
    <message>
        <source>Practise on a simulated computer with a story; nothing on this computer changes.</source>
        <translation>Üben Sie an einem simulierten Computer mit einer Geschichte; auf diesem Computer ändert sich nichts.</translation>
    </message>
    <message>
        <source>Listing running programs…</source>
        <translation>Laufende Programme werden aufgelistet…</translation>
    </message>
    <message>
        <source>The program list is unavailable (%1); type the name instead.</source>
        <translation>Die Programmliste ist nicht verfügbar (%1); geben Sie den Namen stattdessen ein.</translation>
    </message>
    <message>
        <source>Running programs listed: %1. Pick one, or type a name or PID.</source>
        <translation>Laufende Programme aufgelistet: %1. Wählen Sie eines aus oder geben Sie einen Namen oder eine PID ein.</translation>
    </message>
    <message>
        <source>Next examines the %1 instead of this computer.</source>
        <translation>Weiter untersucht %1 statt dieses Computers.</translation>
    </message>
    <message>
        <source>Filled in from a support link. Check the details, then click Next.</source>
        <translation>Aus einem Supportlink ausgefüllt. Prüfen Sie die Angaben und klicken Sie dann auf Weiter.</translation>
    </message>
    <message>
        <source>The support link was not used: %1. Type the details instead.</source>
        <translation>Der Supportlink wurde nicht verwendet: %1. Geben Sie die Angaben stattdessen ein.</translation>
    </message>
    <message>
        <source>The host name is too long.</source>
        <translation>Der Hostname ist zu lang.</translation>
    </message>
    <message>
        <source>The host is not a valid IPv6 address.</source>
        <translation>Der Host ist keine gültige IPv6-Adresse.</translation>
    </message>
    <message>
        <source>The host is not a valid IPv4 address.</source>
        <translation>Der Host ist keine gültige IPv4-Adresse.</translation>
    </message>
    <message>
        <source>The host may contain only letters, digits, dots and hyphens (e.g. mail.example.com).</source>
        <translation>Der Host darf nur Buchstaben, Ziffern, Punkte und Bindestriche enthalten (z. B. mail.example.com).</translation>
    </message>
    <message>
        <source>The port must be a number from 1 to 65535.</source>
        <translation>Der Port muss eine Zahl von 1 bis 65535 sein.</translation>
    </message>
    <message>
        <source>The ticket may contain only letters, digits and . _ # / -</source>
        <translation>Das Ticket darf nur Buchstaben, Ziffern und . _ # / - enthalten</translation>
    </message>
    <message>
        <source>Type the error code the user sees (for example 0x00002748).</source>
        <translation>Geben Sie den Fehlercode ein, den der Benutzer sieht (zum Beispiel 0x00002748).</translation>
    </message>
    <message>
        <source>Type the port as well, or clear the host.</source>
        <translation>Geben Sie auch den Port ein oder leeren Sie den Host.</translation>
    </message>
    <message>
        <source>Type the host as well, or clear the port.</source>
        <translation>Geben Sie auch den Host ein oder leeren Sie den Port.</translation>
    </message>
    <message>
        <source>The error as the user sees it: a number, a hexadecimal code or a name. Its meaning is shown below the field as you type.</source>
        <translation>Der Fehler, wie der Benutzer ihn sieht: eine Zahl, ein hexadezimaler Code oder ein Name. Seine Bedeutung erscheint während der Eingabe unter dem Feld.</translation>
    </message>
    <message>
        <source>Optional: the program that shows the error. Pick a running program from the list, or type its name or PID.</source>
        <translation>Optional: das Programm, das den Fehler zeigt. Wählen Sie ein laufendes Programm aus der Liste oder geben Sie seinen Namen oder seine PID ein.</translation>
    </message>
    <message>
        <source>Optional: the server the program connects to, as a name or an address. Verify connects to it after the fix.</source>
        <translation>Optional: der Server, mit dem sich das Programm verbindet, als Name oder Adresse. Überprüfen verbindet sich nach der Korrektur damit.</translation>
    </message>
    <message>
        <source>The port of the target host, from 1 to 65535; needed when a host is given.</source>
        <translation>Der Port des Zielhosts, von 1 bis 65535; nötig, wenn ein Host angegeben ist.</translation>
    </message>
    <message>
        <source>Optional: the support ticket, written into the report.</source>
        <translation>Optional: das Supportticket, wird in den Bericht geschrieben.</translation>
    </message>
    <message>
        <source>Examine the command output a user pasted into a ticket instead of this computer.</source>
        <translation>Die Befehlsausgabe untersuchen, die ein Benutzer in ein Ticket eingefügt hat, statt dieses Computers.</translation>
    </message>
    <message>
        <source>Tra&amp;ining mode…</source>
        <translation>Trainings&amp;modus…</translation>
    </message>
</context>
<context>
    <name>wsafix::KeepChangesDialog</name>
    <message>
        <source>Keep these changes?</source>
        <translation>Diese Änderungen behalten?</translation>
    </message>
    <message>
        <source>%v s</source>
        <translation>%v s</translation>
    </message>
    <message>
        <source>&amp;Keep changes</source>
        <translation>Änderungen &amp;behalten</translation>
    </message>
    <message>
        <source>&amp;Revert now</source>
        <translation>&amp;Jetzt zurücksetzen</translation>
    </message>
    <message>
        <source>Waiting for the safety timer to finish…</source>
        <translation>Warten, bis der Sicherheitstimer abläuft…</translation>
    </message>
    <message>
        <source>The safety timer did not report back. Check the network settings, and restore snapshot %1 from the fix page if needed (its log: %2).</source>
        <translation>Der Sicherheitstimer hat sich nicht zurückgemeldet. Prüfen Sie die Netzwerkeinstellungen und stellen Sie bei Bedarf Snapshot %1 auf der Korrekturseite wieder her (sein Protokoll: %2).</translation>
    </message>
    <message numerus="yes">
        <source>The change is made. If this computer can still reach the network, keep it. Otherwise do nothing: in %n second(s) the previous settings come back by themselves.</source>
        <translation>
            <numerusform>Die Änderung ist vorgenommen. Wenn dieser Computer das Netzwerk noch erreicht, behalten Sie sie. Sonst tun Sie nichts: In %n Sekunde kommen die vorigen Einstellungen von selbst zurück.</numerusform>
            <numerusform>Die Änderung ist vorgenommen. Wenn dieser Computer das Netzwerk noch erreicht, behalten Sie sie. Sonst tun Sie nichts: In %n Sekunden kommen die vorigen Einstellungen von selbst zurück.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>wsafix::LatencyChart</name>
    <message>
        <source>Connection time per attempt</source>
        <translation>Verbindungszeit je Versuch</translation>
    </message>
    <message>
        <source>connected (ms)</source>
        <translation>verbunden (ms)</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>attempt</source>
        <translation>Versuch</translation>
    </message>
    <message>
        <source>milliseconds</source>
        <translation>Millisekunden</translation>
    </message>
    <message>
        <source>No connection attempts: no target host and port were given.</source>
        <translation>Keine Verbindungsversuche: Es wurden kein Zielhost und kein Port angegeben.</translation>
    </message>
    <message>
        <source>attempt %1: connected in %2 ms</source>
        <translation>Versuch %1: verbunden in %2 ms</translation>
    </message>
    <message>
        <source>attempt %1: failed after %2 ms</source>
        <translation>Versuch %1: fehlgeschlagen nach %2 ms</translation>
    </message>
    <message>
        <source>%1 of %2 attempts connected. %3</source>
        <translation>%1 von %2 Versuchen verbunden. %3</translation>
    </message>
</context>
<context>
    <name>wsafix::NamespaceModel</name>
    <message>
        <source>This file does not exist: lookups through this provider fail.</source>
        <translation>Diese Datei existiert nicht: Abfragen über diesen Anbieter schlagen fehl.</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source> (missing)</source>
        <translation> (fehlt)</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>Name space</source>
        <translation>Namespace</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Provider ID</source>
        <translation>Anbieter-ID</translation>
    </message>
</context>
<context>
    <name>wsafix::ProbeTab</name>
    <message>
        <source>%1 table</source>
        <translation>Tabelle %1</translation>
    </message>
    <message>
        <source>Copy the %1 table</source>
        <translation>Die Tabelle %1 kopieren</translation>
    </message>
    <message>
        <source>Copies the rows shown, tab-separated, for a ticket or a spreadsheet.</source>
        <translation>Kopiert die angezeigten Zeilen, durch Tabulatoren getrennt, für ein Ticket oder eine Tabellenkalkulation.</translation>
    </message>
    <message>
        <source>Filter: program, PID, address, port or state</source>
        <translation>Filter: Programm, PID, Adresse, Port oder Zustand</translation>
    </message>
    <message>
        <source>&amp;Filter:</source>
        <translation>&amp;Filter:</translation>
    </message>
    <message>
        <source>unavailable: %1</source>
        <translation>nicht verfügbar: %1</translation>
    </message>
    <message>
        <source>Rows: %1</source>
        <translation>Zeilen: %1</translation>
    </message>
    <message>
        <source>Rows: %1 of %2</source>
        <translation>Zeilen: %1 von %2</translation>
    </message>
    <message>
        <source>Co&amp;py table</source>
        <translation>Tabelle &amp;kopieren</translation>
    </message>
    <message>
        <source>Filter the rows</source>
        <translation>Die Zeilen filtern</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>wsafix::RecoveryBanner</name>
    <message>
        <source>&amp;Roll back the interrupted change</source>
        <translation>Unterbrochene Änderung &amp;rückgängig machen</translation>
    </message>
    <message>
        <source>The fix journal cannot be read, so wsafix cannot tell whether an earlier run was interrupted: %1</source>
        <translation>Das Korrekturjournal kann nicht gelesen werden, daher kann wsafix nicht feststellen, ob ein früherer Lauf unterbrochen wurde: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %2 (snapshot %3, stopped after %n journal step(s))</source>
        <translation>
            <numerusform>%1 von %2 (Snapshot %3, angehalten nach %n Journalschritt)</numerusform>
            <numerusform>%1 von %2 (Snapshot %3, angehalten nach %n Journalschritten)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 on another machine (%3) is left as it is</source>
        <translation>%1 von %2 auf einem anderen Computer (%3) wird belassen, wie sie ist</translation>
    </message>
    <message>
        <source>wsafix was interrupted while it changed this machine, so the change may be half made: %1. Rolling back puts the machine back as the snapshot taken before it; nothing is rolled back until you click.</source>
        <translation>wsafix wurde unterbrochen, während es diesen Computer änderte, daher ist die Änderung vielleicht nur halb ausgeführt: %1. Das Zurücksetzen versetzt den Computer in den Zustand des vorher aufgenommenen Snapshots; nichts wird zurückgesetzt, bevor Sie klicken.</translation>
    </message>
    <message>
        <source>An earlier change was interrupted</source>
        <translation>Eine frühere Änderung wurde unterbrochen</translation>
    </message>
    <message>
        <source>wsafix stopped in the middle of changing this machine (it crashed, was killed, or the power went), so the machine may be half changed.</source>
        <translation>wsafix hat mitten in einer Änderung dieses Computers aufgehört (es ist abgestürzt, wurde beendet, oder der Strom fiel aus), daher ist der Computer vielleicht nur halb geändert.</translation>
    </message>
    <message>
        <source>Interrupted: %1.

Roll back now to put the machine back as the snapshot taken before the change. If you choose Not now, the Fix page keeps offering it.</source>
        <translation>Unterbrochen: %1.

Setzen Sie jetzt zurück, um den Computer in den Zustand des vor der Änderung aufgenommenen Snapshots zu versetzen. Wenn Sie „Nicht jetzt“ wählen, bietet die Korrekturseite es weiter an.</translation>
    </message>
    <message>
        <source>&amp;Roll back now</source>
        <translation>Jetzt &amp;zurücksetzen</translation>
    </message>
    <message>
        <source>&amp;Not now</source>
        <translation>&amp;Nicht jetzt</translation>
    </message>
</context>
<context>
    <name>wsafix::ReportPage</name>
    <message>
        <source>Report</source>
        <translation>Bericht</translation>
    </message>
    <message>
        <source>Here is the report of this session. Click Copy summary to paste it into the ticket, or save the report as a file to attach it; then click Finish.</source>
        <translation>Hier ist der Bericht dieser Sitzung. Klicken Sie auf Zusammenfassung kopieren, um sie in das Ticket einzufügen, oder speichern Sie den Bericht als Datei, um ihn anzuhängen; klicken Sie dann auf Fertig stellen.</translation>
    </message>
    <message>
        <source>C&amp;opy summary</source>
        <translation>Zusammenfassung k&amp;opieren</translation>
    </message>
    <message>
        <source>A short Markdown summary for the ticket, on the clipboard</source>
        <translation>Eine kurze Markdown-Zusammenfassung für das Ticket, in der Zwischenablage</translation>
    </message>
    <message>
        <source>&amp;Change…</source>
        <translation>Ä&amp;ndern…</translation>
    </message>
    <message>
        <source>Save as:</source>
        <translation>Speichern als:</translation>
    </message>
    <message>
        <source>&amp;PDF</source>
        <translation>&amp;PDF</translation>
    </message>
    <message>
        <source>&amp;HTML</source>
        <translation>&amp;HTML</translation>
    </message>
    <message>
        <source>&amp;Markdown</source>
        <translation>&amp;Markdown</translation>
    </message>
    <message>
        <source>&amp;JSON</source>
        <translation>&amp;JSON</translation>
    </message>
    <message>
        <source>Save the report as a %1 file in the folder below</source>
        <translation>Den Bericht als %1-Datei im Ordner unten speichern</translation>
    </message>
    <message>
        <source>Reports are saved in %1</source>
        <translation>Berichte werden in %1 gespeichert</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>%1 konnte nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 gespeichert.</translation>
    </message>
    <message>
        <source>The summary, with personal data redacted, is on the clipboard, ready to paste into the ticket.</source>
        <translation>Die Zusammenfassung ist mit geschwärzten persönlichen Daten in der Zwischenablage, bereit zum Einfügen in das Ticket.</translation>
    </message>
    <message>
        <source>The summary is on the clipboard, ready to paste into the ticket.</source>
        <translation>Die Zusammenfassung ist in der Zwischenablage, bereit zum Einfügen in das Ticket.</translation>
    </message>
    <message>
        <source>Could not open %1.</source>
        <translation>%1 konnte nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>Save reports in</source>
        <translation>Berichte speichern in</translation>
    </message>
    <message>
        <source>Open fo&amp;lder</source>
        <translation>Ordner ö&amp;ffnen</translation>
    </message>
    <message>
        <source>A preview of the report of this session, as it is saved and printed.</source>
        <translation>Eine Vorschau des Berichts dieser Sitzung, so wie er gespeichert und gedruckt wird.</translation>
    </message>
    <message>
        <source>Show the folder the reports are saved in, in the file manager</source>
        <translation>Den Ordner, in dem die Berichte gespeichert werden, im Dateimanager anzeigen</translation>
    </message>
    <message>
        <source>Change the folder</source>
        <translation>Den Ordner ändern</translation>
    </message>
    <message>
        <source>Choose the folder the reports are saved in</source>
        <translation>Den Ordner wählen, in dem die Berichte gespeichert werden</translation>
    </message>
    <message>
        <source>Save as %1</source>
        <translation>Als %1 speichern</translation>
    </message>
    <message>
        <source>Preparing the report…</source>
        <translation>Der Bericht wird vorbereitet…</translation>
    </message>
    <message>
        <source>The report is written in English, so that every help desk can read it.</source>
        <translation>Der Bericht ist auf Englisch verfasst, damit jeder Helpdesk ihn lesen kann.</translation>
    </message>
    <message>
        <source>&amp;Include names and addresses (not redacted)</source>
        <translation>Namen und Adressen ein&amp;schließen (nicht geschwärzt)</translation>
    </message>
    <message>
        <source>Show user and host names, addresses, account SIDs, e-mail addresses and network names as they are, in the preview, the summary and every saved file</source>
        <translation>Benutzer- und Hostnamen, Adressen, Konto-SIDs, E-Mail-Adressen und Netzwerknamen unverändert zeigen, in der Vorschau, der Zusammenfassung und jeder gespeicherten Datei</translation>
    </message>
    <message>
        <source>Redacted: user and host names, addresses, account SIDs, e-mail addresses and network names are replaced by placeholders such as &lt;host-1&gt; in the preview, the summary and every saved file.</source>
        <translation>Geschwärzt: Benutzer- und Hostnamen, Adressen, Konto-SIDs, E-Mail-Adressen und Netzwerknamen sind in der Vorschau, der Zusammenfassung und jeder gespeicherten Datei durch Platzhalter wie &lt;host-1&gt; ersetzt.</translation>
    </message>
    <message>
        <source>Not redacted: the preview, the summary and the saved files show user and host names, addresses and network names as they are.</source>
        <translation>Nicht geschwärzt: Vorschau, Zusammenfassung und gespeicherte Dateien zeigen Benutzer- und Hostnamen, Adressen und Netzwerknamen unverändert.</translation>
    </message>
</context>
<context>
    <name>wsafix::SessionController</name>
    <message>
        <source>pasted outputs</source>
        <translation>eingefügte Ausgaben</translation>
    </message>
    <message>
        <source>pasted outputs of %1</source>
        <translation>eingefügte Ausgaben von %1</translation>
    </message>
    <message>
        <source>simulated machine: %1</source>
        <translation>simulierter Computer: %1</translation>
    </message>
    <message>
        <source>this computer: %1</source>
        <translation>dieser Computer: %1</translation>
    </message>
</context>
<context>
    <name>wsafix::SnapshotList</name>
    <message>
        <source>Snapshots of this session</source>
        <translation>Snapshots dieser Sitzung</translation>
    </message>
    <message>
        <source>Snapshot</source>
        <translation>Snapshot</translation>
    </message>
    <message>
        <source>Taken for</source>
        <translation>Aufgenommen für</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Aufgenommen</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>intact</source>
        <translation>intakt</translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation>Wiederherstellen…</translation>
    </message>
    <message>
        <source>Restore snapshot %1</source>
        <translation>Snapshot %1 wiederherstellen</translation>
    </message>
    <message>
        <source>none yet: each fix takes one before it changes anything</source>
        <translation>noch keiner: Jede Korrektur nimmt einen auf, bevor sie etwas ändert</translation>
    </message>
    <message>
        <source>Restore snapshot?</source>
        <translation>Snapshot wiederherstellen?</translation>
    </message>
    <message>
        <source>Put the machine back as snapshot %1 found it?</source>
        <translation>Den Computer in den Zustand zurückversetzen, in dem Snapshot %1 ihn vorfand?</translation>
    </message>
    <message>
        <source>This undoes the fix the snapshot was taken for; a fix applied after it that changed the same settings is undone too. Every step is journaled, and a check afterwards says whether the machine matches the snapshot.</source>
        <translation>Dies macht die Korrektur rückgängig, für die der Snapshot aufgenommen wurde; eine danach angewandte Korrektur, die dieselben Einstellungen änderte, wird ebenfalls rückgängig gemacht. Jeder Schritt wird im Journal festgehalten, und eine Prüfung danach sagt, ob der Computer dem Snapshot entspricht.</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
</context>
<context>
    <name>wsafix::SocketModel</name>
    <message>
        <source>Protocol</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>Local address</source>
        <translation>Lokale Adresse</translation>
    </message>
    <message>
        <source>Remote address</source>
        <translation>Remoteadresse</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>PID</source>
        <translation>PID</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Programm</translation>
    </message>
</context>
<context>
    <name>wsafix::StepsPanel</name>
    <message>
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <source>Step %1 of %2, current: %3</source>
        <translation>Schritt %1 von %2, aktuell: %3</translation>
    </message>
    <message>
        <source>Step %1: %2</source>
        <translation>Schritt %1: %2</translation>
    </message>
    <message>
        <source>The session could not be saved: %1</source>
        <translation>Die Sitzung konnte nicht gespeichert werden: %1</translation>
    </message>
</context>
<context>
    <name>wsafix::TcpStateChart</name>
    <message>
        <source>TCP sockets per state</source>
        <translation>TCP-Sockets je Zustand</translation>
    </message>
    <message>
        <source>The TCP states appear here when the examination ends.</source>
        <translation>Die TCP-Zustände erscheinen hier, wenn die Untersuchung endet.</translation>
    </message>
    <message>
        <source>the whole machine</source>
        <translation>der ganze Computer</translation>
    </message>
    <message>
        <source>TCP states of %1: at detect time and now</source>
        <translation>TCP-Zustände von %1: bei detect und jetzt</translation>
    </message>
    <message>
        <source>TCP states of %1 now (no examination before the fix to compare with)</source>
        <translation>TCP-Zustände von %1 jetzt (keine Untersuchung vor der Korrektur zum Vergleich)</translation>
    </message>
    <message>
        <source>PID %1</source>
        <translation>PID %1</translation>
    </message>
    <message>
        <source>1 TCP socket</source>
        <translation>1 TCP-Socket</translation>
    </message>
    <message>
        <source>%1 TCP sockets</source>
        <translation>%1 TCP-Sockets</translation>
    </message>
    <message>
        <source>TCP states of the whole machine (%1; no target program was given)</source>
        <translation>TCP-Zustände des ganzen Computers (%1; kein Zielprogramm angegeben)</translation>
    </message>
    <message>
        <source>%1 has no TCP sockets</source>
        <translation>%1 hat keine TCP-Sockets</translation>
    </message>
    <message>
        <source>TCP states of %1 (%2)</source>
        <translation>TCP-Zustände von %1 (%2)</translation>
    </message>
    <message>
        <source>now</source>
        <translation>jetzt</translation>
    </message>
    <message>
        <source>sockets</source>
        <translation>Sockets</translation>
    </message>
    <message>
        <source>at detect</source>
        <translation>bei detect</translation>
    </message>
    <message>
        <source>%1: %2 at detect, %3 now</source>
        <translation>%1: %2 bei detect, %3 jetzt</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>wsafix::TrainingDialog</name>
    <message>
        <source>wsafix — training mode</source>
        <translation>wsafix – Trainingsmodus</translation>
    </message>
    <message>
        <source>Practise on a simulated computer. Pick a machine and read its story; the wizard then examines that machine. Fixes change only the simulation, and the Verify step tells you whether you chose well. Nothing on this computer changes.</source>
        <translation>Üben Sie an einem simulierten Computer. Wählen Sie einen Computer und lesen Sie seine Geschichte; der Assistent untersucht dann diesen Computer. Korrekturen ändern nur die Simulation, und der Schritt Überprüfen sagt Ihnen, ob Sie gut gewählt haben. Auf diesem Computer ändert sich nichts.</translation>
    </message>
    <message>
        <source>Training scenarios</source>
        <translation>Trainingsszenarien</translation>
    </message>
    <message>
        <source>This scenario cannot be loaded: %1</source>
        <translation>Dieses Szenario kann nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>The story of the chosen scenario</source>
        <translation>Die Geschichte des gewählten Szenarios</translation>
    </message>
    <message>
        <source>&amp;Start training</source>
        <translation>Training &amp;starten</translation>
    </message>
    <message>
        <source>Scenario: %1</source>
        <translation>Szenario: %1</translation>
    </message>
</context>
<context>
    <name>wsafix::TrainingReviewPanel</name>
    <message>
        <source>Training: right call</source>
        <translation>Training: richtige Entscheidung</translation>
    </message>
    <message>
        <source>Training: no fix was needed</source>
        <translation>Training: Keine Korrektur war nötig</translation>
    </message>
    <message>
        <source>Training: well chosen</source>
        <translation>Training: gut gewählt</translation>
    </message>
    <message>
        <source>Training: fixed, but a less invasive fix existed</source>
        <translation>Training: behoben, aber es gab eine weniger eingreifende Korrektur</translation>
    </message>
    <message>
        <source>Training: not fixed</source>
        <translation>Training: nicht behoben</translation>
    </message>
    <message>
        <source>Training: made worse</source>
        <translation>Training: verschlimmert</translation>
    </message>
    <message>
        <source>Training: the review of your choice appears here when the check ends.</source>
        <translation>Training: Die Bewertung Ihrer Wahl erscheint hier, wenn die Prüfung endet.</translation>
    </message>
    <message>
        <source>Gentler: %1.</source>
        <translation>Sanfter: %1.</translation>
    </message>
</context>
<context>
    <name>wsafix::VerifyPage</name>
    <message>
        <source>&amp;Cancel check</source>
        <translation>Prüfung &amp;abbrechen</translation>
    </message>
    <message>
        <source>&amp;Check again</source>
        <translation>&amp;Erneut prüfen</translation>
    </message>
    <message>
        <source>Check progress</source>
        <translation>Fortschritt der Prüfung</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>Überprüfen</translation>
    </message>
    <message>
        <source>No problems found, before or after.</source>
        <translation>Keine Probleme gefunden, weder vorher noch nachher.</translation>
    </message>
    <message>
        <source>TCP states at detect time and now</source>
        <translation>TCP-Zustände bei detect und jetzt</translation>
    </message>
    <message>
        <source>Changes since the first examination</source>
        <translation>Änderungen seit der ersten Untersuchung</translation>
    </message>
    <message>
        <source>&amp;Findings</source>
        <translation>&amp;Befunde</translation>
    </message>
    <message>
        <source>C&amp;onnections</source>
        <translation>&amp;Verbindungen</translation>
    </message>
    <message>
        <source>&amp;TCP states</source>
        <translation>&amp;TCP-Zustände</translation>
    </message>
    <message>
        <source>Changes since &amp;detect</source>
        <translation>Änderungen seit &amp;detect</translation>
    </message>
    <message>
        <source>Connection attempts</source>
        <translation>Verbindungsversuche</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>wsafix is checking the computer again and connecting to %1:%2 %3 times. Wait for the verdict, or click Cancel.</source>
        <translation>wsafix prüft den Computer erneut und verbindet sich %3-mal mit %1:%2. Warten Sie auf das Ergebnis oder klicken Sie auf Abbrechen.</translation>
    </message>
    <message>
        <source>wsafix is checking the computer again. Wait for the verdict, or click Cancel.</source>
        <translation>wsafix prüft den Computer erneut. Warten Sie auf das Ergebnis oder klicken Sie auf Abbrechen.</translation>
    </message>
    <message>
        <source>The comparison with the first examination appears here when the check ends.</source>
        <translation>Der Vergleich mit der ersten Untersuchung erscheint hier, wenn die Prüfung endet.</translation>
    </message>
    <message>
        <source>Failed.</source>
        <translation>Fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>Finished.</source>
        <translation>Fertig.</translation>
    </message>
    <message>
        <source>Verdict: %1</source>
        <translation>Ergebnis: %1</translation>
    </message>
    <message>
        <source>The check is done. Verdict: %1. Click Next for the summary.</source>
        <translation>Die Prüfung ist abgeschlossen. Ergebnis: %1. Klicken Sie auf Weiter für die Zusammenfassung.</translation>
    </message>
    <message>
        <source>Verification details</source>
        <translation>Details der Überprüfung</translation>
    </message>
</context>
<context>
    <name>wsafix::WsafixWizard</name>
    <message>
        <source>wsafix — TRAINING — %1</source>
        <translation>wsafix – TRAINING – %1</translation>
    </message>
    <message>
        <source>wsafix — %1</source>
        <translation>wsafix – %1</translation>
    </message>
    <message>
        <source>Describe the error</source>
        <translation>Fehler beschreiben</translation>
    </message>
    <message>
        <source>Examine the computer</source>
        <translation>Computer untersuchen</translation>
    </message>
    <message>
        <source>Fix</source>
        <translation>Korrigieren</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>Überprüfen</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Bericht</translation>
    </message>
    <message>
        <source>&lt;b&gt;TRAINING&lt;/b&gt;&lt;br&gt;%1&lt;br&gt;A simulated computer: nothing you do here changes this one.</source>
        <translation>&lt;b&gt;TRAINING&lt;/b&gt;&lt;br&gt;%1&lt;br&gt;Ein simulierter Computer: Nichts, was Sie hier tun, ändert diesen Computer.</translation>
    </message>
    <message>
        <source>Training mode: a simulated computer</source>
        <translation>Trainingsmodus: ein simulierter Computer</translation>
    </message>
    <message>
        <source>wsafix: scenario not loaded</source>
        <translation>wsafix: Szenario nicht geladen</translation>
    </message>
    <message>
        <source>Error code: %1</source>
        <translation>Fehlercode: %1</translation>
    </message>
    <message>
        <source>Application: %1</source>
        <translation>Anwendung: %1</translation>
    </message>
    <message>
        <source>Target host: %1</source>
        <translation>Zielhost: %1</translation>
    </message>
    <message>
        <source>Target port: %1</source>
        <translation>Zielport: %1</translation>
    </message>
    <message>
        <source>Ticket: %1</source>
        <translation>Ticket: %1</translation>
    </message>
    <message>
        <source>(the link carries no details)</source>
        <translation>(der Link enthält keine Angaben)</translation>
    </message>
    <message>
        <source>wsafix: support link</source>
        <translation>wsafix: Supportlink</translation>
    </message>
    <message>
        <source>A support link was not used.</source>
        <translation>Ein Supportlink wurde nicht verwendet.</translation>
    </message>
    <message>
        <source>Reason: %1.</source>
        <translation>Grund: %1.</translation>
    </message>
    <message>
        <source>A support link arrived while wsafix is examining the computer.</source>
        <translation>Ein Supportlink ist eingetroffen, während wsafix den Computer untersucht.</translation>
    </message>
    <message>
        <source>Wait until the examination ends (or cancel it), then open the link again.</source>
        <translation>Warten Sie, bis die Untersuchung endet (oder brechen Sie sie ab), und öffnen Sie den Link dann erneut.</translation>
    </message>
    <message>
        <source>Start a new session with the details of this support link?</source>
        <translation>Eine neue Sitzung mit den Angaben dieses Supportlinks beginnen?</translation>
    </message>
    <message>
        <source>Replace the details on this page with those of the support link?</source>
        <translation>Die Angaben auf dieser Seite durch die des Supportlinks ersetzen?</translation>
    </message>
    <message>
        <source>

The current session stays saved.</source>
        <translation>

Die aktuelle Sitzung bleibt gespeichert.</translation>
    </message>
</context>
</TS>
