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
        <source>Usage: wsafix detect [--process NAME | --pid N] [--host H --port P] [--probes LIST] [--json]

Examines this machine (or the --scenario machine) and lists what is wrong, worst first.
  --process NAME   the failing application&apos;s process name (e.g. OrderSync.exe)
  --pid N          the failing application&apos;s process id
  --host H         the host the application fails to reach
  --port P         its port (1-65535)
  --probes LIST    only these probes, comma-separated: catalog,sockets,processes,adapters,events,
                   connectivity (a TCP connection to --host:--port; runs by default with them)
  --json           machine-readable output (keys: schema, system, catalog, sockets, adapters,
                   events, findings)

Starts a new session in the state directory. Exit: 0 no findings, 1 findings, 2 bad input.
</source>
        <translation>Aufruf: wsafix detect [--process NAME | --pid N] [--host H --port P] [--probes LISTE] [--json]

Untersucht diesen Computer (oder den --scenario-Computer) und listet auf, was nicht stimmt, das Schlimmste zuerst.
  --process NAME   der Prozessname der fehlerhaften Anwendung (z. B. OrderSync.exe)
  --pid N          die Prozess-ID der fehlerhaften Anwendung
  --host H         der Host, den die Anwendung nicht erreicht
  --port P         sein Port (1-65535)
  --probes LISTE   nur diese Prüfungen, durch Kommas getrennt: catalog,sockets,processes,adapters,events,
                   connectivity (eine TCP-Verbindung zu --host:--port; läuft mit ihnen standardmäßig)
  --json           maschinenlesbare Ausgabe (Schlüssel: schema, system, catalog, sockets, adapters,
                   events, findings)

Beginnt eine neue Sitzung im Statusverzeichnis. Exit: 0 keine Befunde, 1 Befunde, 2 ungültige Eingabe.
</translation>
    </message>
    <message>
        <source>Usage: wsafix analyze FILE... [--process NAME | --pid N] [--host H --port P] [--json]

Reads command outputs pasted or saved on another machine (- reads standard input) and lists what
is wrong there, with the same rules as detect. Understood: netsh winsock show catalog, ipconfig,
ipconfig /all, netstat -ano/-an/-aonb, Get-NetTCPConnection, Test-NetConnection, netsh int ip reset,
netsh winsock reset, netsh interface ip show config, netsh interface dump, Event Viewer text.
UTF-8, UTF-16 and OEM/ANSI code pages (437, 850, 866, 1251, 1252, 936) are detected; prompt lines,
&apos;&gt; &apos; quotes, doubled and cut-off lines are handled. Lines that cannot be used are listed.
  --process, --pid, --host, --port   what the user told you, as for detect
  --json   machine-readable output: the keys of detect --json plus inputs (per input: encoding,
           recognised outputs, unparsed lines)

Starts a new session. Exit: 0 no findings, 1 findings, 2 unreadable file or nothing recognised.
</source>
        <translation>Aufruf: wsafix analyze DATEI... [--process NAME | --pid N] [--host H --port P] [--json]

Liest Befehlsausgaben, die auf einem anderen Computer eingefügt oder gespeichert wurden (- liest die Standardeingabe),
und listet mit denselben Regeln wie detect auf, was dort nicht stimmt. Verstanden werden: netsh winsock show catalog,
ipconfig, ipconfig /all, netstat -ano/-an/-aonb, Get-NetTCPConnection, Test-NetConnection, netsh int ip reset,
netsh winsock reset, netsh interface ip show config, netsh interface dump, Text der Ereignisanzeige.
UTF-8, UTF-16 und OEM/ANSI-Codepages (437, 850, 866, 1251, 1252, 936) werden erkannt; Eingabeaufforderungen,
&apos;&gt; &apos;-Zitate, doppelte und abgeschnittene Zeilen werden behandelt. Nicht verwendbare Zeilen werden aufgelistet.
  --process, --pid, --host, --port   was der Benutzer Ihnen gesagt hat, wie bei detect
  --json   maschinenlesbare Ausgabe: die Schlüssel von detect --json und dazu inputs (je Eingabe: Kodierung,
           erkannte Ausgaben, nicht gelesene Zeilen)

Beginnt eine neue Sitzung. Exit: 0 keine Befunde, 1 Befunde, 2 unlesbare Datei oder nichts erkannt.
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
        <source>Usage: wsafix report (--last | --session ID) --format html|pdf|json|md [--redact] -o FILE

Writes the report of a session: what was wrong, the evidence, every action with its commands,
the verification and what to do next.
  --last          the newest session in the state directory
  --session ID    that session (see the sessions folder of the state directory)
  --format F      html (one self-contained page), pdf (A4), json (the whole session, loadable
                  again, schema wsafix.report/1), md (a summary of under 60 lines for a ticket);
                  default: the extension of FILE
  --redact        replace user and host names, IP and MAC addresses, SSIDs and domain names
                  with placeholders such as &lt;ip-1&gt; (the same value, the same placeholder)
  -o, --output F  the file to write (atomically: never half-written); - is standard output
                  for html, json and md

Exit: 0 written, 2 bad input (no such session, unknown format, output not writable).
</source>
        <translation>Aufruf: wsafix report (--last | --session ID) --format html|pdf|json|md [--redact] -o DATEI

Schreibt den Bericht einer Sitzung: was nicht stimmte, die Belege, jede Aktion mit ihren Befehlen,
die Überprüfung und die nächsten Schritte.
  --last          die neueste Sitzung im Statusverzeichnis
  --session ID    diese Sitzung (siehe den Ordner sessions des Statusverzeichnisses)
  --format F      html (eine eigenständige Seite), pdf (A4), json (die ganze Sitzung, wieder ladbar,
                  Schema wsafix.report/1), md (eine Zusammenfassung unter 60 Zeilen für ein Ticket);
                  Standard: die Endung von DATEI
  --redact        Benutzer- und Hostnamen, IP- und MAC-Adressen, SSIDs und Domänennamen durch
                  Platzhalter wie &lt;ip-1&gt; ersetzen (gleicher Wert, gleicher Platzhalter)
  -o, --output F  die zu schreibende Datei (atomar: nie halb geschrieben); - ist die Standardausgabe
                  für html, json und md

Exit: 0 geschrieben, 2 ungültige Eingabe (keine solche Sitzung, unbekanntes Format, Ausgabe nicht beschreibbar).
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
        <source>Usage: wsafix [OPTIONS] [wsafix://diagnose?...]
       wsafix COMMAND [OPTIONS]

Finds and fixes the causes of Winsock connection errors such as 10056 (WSAEISCONN,
&quot;A connect request was made on an already connected socket&quot;).

Without a command, opens the repair wizard; with a support link (wsafix://diagnose?code=...),
opens it with the first page filled in (wsafix link --help). --resume SESSION re-opens the wizard
on that session&apos;s verify page (after the restart a fix needed).

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
        <translation>Aufruf: wsafix [OPTIONEN] [wsafix://diagnose?...]
        wsafix BEFEHL [OPTIONEN]

Findet und behebt die Ursachen von Winsock-Verbindungsfehlern wie 10056 (WSAEISCONN,
„Für einen bereits verbundenen Socket wurde eine Verbindungsanforderung gestellt“).

Ohne Befehl öffnet es den Reparaturassistenten; mit einem Supportlink (wsafix://diagnose?code=...)
öffnet es ihn mit ausgefüllter erster Seite (wsafix link --help). --resume SITZUNG öffnet den
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
        <source>Recommended fixes</source>
        <translation>Empfohlene Korrekturen</translation>
    </message>
    <message>
        <source>Asked for by</source>
        <translation>Verlangt von</translation>
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
        <source>Badges</source>
        <translation>Hinweise</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Fix details and exact commands</source>
        <translation>Details der Korrektur und genaue Befehle</translation>
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
        <source>%1 need administrator rights, and wsafix runs as an ordinary user, so they cannot be applied from this window. Start wsafix as administrator (on Linux: as root) for this step, or ask an administrator to run: wsafix fix %2</source>
        <translation>%1 benötigen Administratorrechte, und wsafix läuft als normaler Benutzer, daher können sie nicht aus diesem Fenster angewandt werden. Starten Sie wsafix für diesen Schritt als Administrator (unter Linux: als root), oder bitten Sie einen Administrator, Folgendes auszuführen: wsafix fix %2</translation>
    </message>
    <message>
        <source>Why:</source>
        <translation>Warum:</translation>
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
        <source>&amp;Redact personal data (user and host names, IP and MAC addresses, network names, domains)</source>
        <translation>Persönliche Daten &amp;schwärzen (Benutzer- und Hostnamen, IP- und MAC-Adressen, Netzwerknamen, Domänen)</translation>
    </message>
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
