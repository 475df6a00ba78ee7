<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AnalyzeCommand</name>
    <message>
        <source>note: %1</source>
        <translation>remarque : %1</translation>
    </message>
    <message>
        <source>lines %1-%2: %3, %4</source>
        <translation>lignes %1-%2 : %3, %4</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n élément</numerusform>
            <numerusform>%n éléments</numerusform>
        </translation>
    </message>
    <message>
        <source>reset done</source>
        <translation>réinitialisation effectuée</translation>
    </message>
    <message>
        <source>reset not done</source>
        <translation>réinitialisation non effectuée</translation>
    </message>
    <message numerus="yes">
        <source>%n step(s) OK</source>
        <translation>
            <numerusform>%n étape OK</numerusform>
            <numerusform>%n étapes OK</numerusform>
        </translation>
    </message>
    <message>
        <source>, restart required</source>
        <translation>, redémarrage nécessaire</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>échec : %1</translation>
    </message>
    <message>
        <source>not used: lines %1-%2: %3: %4</source>
        <translation>non utilisé : lignes %1-%2 : %3 : %4</translation>
    </message>
    <message>
        <source>not used: line %1: %3: %4</source>
        <translation>non utilisé : ligne %1 : %3 : %4</translation>
    </message>
    <message>
        <source>No problems found in the pasted outputs.</source>
        <translation>Aucun problème trouvé dans les sorties collées.</translation>
    </message>
    <message numerus="yes">
        <source>Findings (%n), worst first:</source>
        <translation>
            <numerusform>Problème (%n) :</numerusform>
            <numerusform>Problèmes (%n), le plus grave d&apos;abord :</numerusform>
        </translation>
    </message>
    <message>
        <source>wsafix analyze: missing FILE (a saved command output, or - for standard input; see wsafix analyze --help)</source>
        <translation>wsafix analyze : FICHIER manquant (une sortie de commande enregistrée, ou - pour l&apos;entrée standard ; voir wsafix analyze --help)</translation>
    </message>
    <message>
        <source>wsafix analyze: %1: no command output wsafix knows was recognised (known: netsh winsock show catalog, ipconfig [/all], netstat -ano, Get-NetTCPConnection, Test-NetConnection, netsh int ip reset, netsh winsock reset, netsh interface ip show config, netsh interface dump, Event Viewer text)</source>
        <translation>wsafix analyze : %1 : aucune sortie de commande connue de wsafix n&apos;a été reconnue (connues : netsh winsock show catalog, ipconfig [/all], netstat -ano, Get-NetTCPConnection, Test-NetConnection, netsh int ip reset, netsh winsock reset, netsh interface ip show config, netsh interface dump, texte de l&apos;Observateur d&apos;événements)</translation>
    </message>
    <message>
        <source>wsafix analyze: pasted outputs</source>
        <translation>wsafix analyze : sorties collées</translation>
    </message>
    <message>
        <source>wsafix analyze: pasted outputs of %1</source>
        <translation>wsafix analyze : sorties collées de %1</translation>
    </message>
    <message>
        <source>Session %1 saved in %2</source>
        <translation>Session %1 enregistrée dans %2</translation>
    </message>
</context>
<context>
    <name>CliText</name>
    <message>
        <source>critical</source>
        <translation>critique</translation>
    </message>
    <message>
        <source>error</source>
        <translation>erreur</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>avertissement</translation>
    </message>
    <message>
        <source>info</source>
        <translation>info</translation>
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
        <translation>Usage : wsafix decode CODE [--json]

Explique une erreur Winsock ou de socket sous toute forme collée par les utilisateurs : 0x00002748, 0x2748, 2748h,
10056, WSAEISCONN, EISCONN, errno 106, HRESULT 0x80072748, &apos;Socket error # 10056&apos;, une ligne de journal entière.
  --json   sortie lisible par une machine (name, decimal, hex, hresult, message, meaning, causes,
           neighbours)

Sortie : 0 décodé, 2 non compris (la sortie indique ce qui a été compris et les codes les plus proches).
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
        <translation>Usage : wsafix link make [--code C] [--process P] [--host H] [--port N] [--ticket T]
        wsafix link check URL [--json]

Les liens d&apos;assistance ouvrent l&apos;assistant avec sa première page remplie, p. ex.
  wsafix://diagnose?code=0x00002748&amp;process=app.exe&amp;host=example.com&amp;port=443&amp;ticket=INC0012345
Un lien ne remplit que cette page : il ne peut jamais appliquer un correctif, restaurer un instantané, exécuter une
commande ni choisir un fichier.

link make     affiche un lien pour un e-mail ; chaque valeur est vérifiée comme l&apos;assistant la vérifiera
  --code C      le code d&apos;erreur (doit se décoder : wsafix decode C)
  --process P   le nom du programme défaillant, p. ex. OrderSync.exe (lettres, chiffres, espace . _ + -)
  --host H      le serveur qu&apos;il n&apos;arrive pas à joindre : un nom DNS ou une adresse IPv4/IPv6
  --port N      son port (1-65535)
  --ticket T    le numéro de ticket (lettres, chiffres . _ # -, 64 au plus)
link check    indique ce que URL remplirait, ou pourquoi il est refusé ; n&apos;ouvre jamais de fenêtre
  --json        sortie lisible par une machine (clés : schema, accepted, prefill, link, error, parameter)

Sortie : 0 valide, 2 refusé ou mauvaise utilisation.
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
        <translation>Usage : wsafix snapshots list | show ID | restore ID [--json]

Les instantanés pris avant chaque correctif, dans le dossier d&apos;état.
  list         tous les instantanés, avec DAMAGED pour celui dont les sommes de contrôle ne correspondent pas
  show ID      ce que contient un instantané (sommes de contrôle vérifiées d&apos;abord)
  restore ID   remettre l&apos;ordinateur dans l&apos;état de l&apos;instantané (après avoir annulé ce qu&apos;une
               exécution interrompue a laissé ouvert) ; un instantané endommagé est refusé

Sortie : 0 terminé, 1 instantané endommagé ou restauration échouée, 2 entrée incorrecte,
3 élévation nécessaire.
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
        <translation>Usage : wsafix verify --host H --port P [--count N] [--json]

Prouve (ou infirme) un correctif : examine de nouveau l&apos;ordinateur et le compare au detect de la dernière
session (catalogue Winsock, états TCP du programme défaillant, cartes réseau, nouveaux événements, problèmes),
résout H lui-même (un nom qui ne se résout pas n&apos;est pas un port fermé), puis se connecte N fois à H:P.
  --host H    l&apos;hôte auquel le programme défaillant se connecte
  --port P    son port (1-65535)
  --count N   tentatives de connexion (1-1000, 10 par défaut ; délai de 2 s chacune)
  --json      sortie lisible par une machine (clés : schema, session, system, verification)

Poursuit la dernière session du dossier d&apos;état et y enregistre la vérification ; sans session,
il se connecte quand même et indique qu&apos;il n&apos;y avait rien à comparer.
Sortie : 0 corrigé, 1 non corrigé ou vérification impossible, 2 entrée incorrecte.
</translation>
    </message>
    <message>
        <source>unknown option &apos;--%1&apos; for &apos;%2&apos; (see wsafix --help)</source>
        <translation>option inconnue « --%1 » pour « %2 » (voir wsafix --help)</translation>
    </message>
    <message>
        <source>unknown option &apos;--%1&apos; (see wsafix --help)</source>
        <translation>option inconnue « --%1 » (voir wsafix --help)</translation>
    </message>
    <message>
        <source>option &apos;--%1&apos; needs a value</source>
        <translation>l&apos;option « --%1 » a besoin d&apos;une valeur</translation>
    </message>
    <message>
        <source>option &apos;--%1&apos; takes no value</source>
        <translation>l&apos;option « --%1 » ne prend pas de valeur</translation>
    </message>
    <message>
        <source>option &apos;%1&apos; needs a value</source>
        <translation>l&apos;option « %1 » a besoin d&apos;une valeur</translation>
    </message>
    <message>
        <source>unknown option &apos;%1&apos; (see wsafix --help)</source>
        <translation>option inconnue « %1 » (voir wsafix --help)</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos; (see wsafix --help)</source>
        <translation>commande inconnue « %1 » (voir wsafix --help)</translation>
    </message>
    <message>
        <source>too many arguments: &apos;%1&apos; (see wsafix --help)</source>
        <translation>trop d&apos;arguments : « %1 » (voir wsafix --help)</translation>
    </message>
    <message>
        <source>Usage: wsafix guard --snapshot ID --timeout S [--session ID]

The auto-revert watchdog, started detached by wsafix fix and the wizard before a fix that can cut
the machine off: unless the change is confirmed within S seconds (1-3600), it restores snapshot ID
and records that in the session. Its files are in the guard folder of the state directory.

Exit: 0 confirmed or restored, 1 the restore failed or the snapshot was refused, 2 bad input.
</source>
        <translation>Usage : wsafix guard --snapshot ID --timeout S [--session ID]

Le garde-fou de restauration automatique, lancé en arrière-plan par wsafix fix et par l&apos;assistant
avant un correctif qui peut couper l&apos;ordinateur du réseau : si la modification n&apos;est pas confirmée
dans les S secondes (1-3600), il restaure l&apos;instantané ID et le consigne dans la session. Ses
fichiers se trouvent dans le dossier guard du dossier d&apos;état.

Sortie : 0 confirmé ou restauré, 1 restauration échouée ou instantané refusé, 2 entrée incorrecte.
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
        <translation>Usage : wsafix fix ID... [--dry-run] [--yes] [--json] [--guard-timeout S] [--session ID]

Applique des correctifs, chacun de manière sûre : un instantané de tout ce qu&apos;il peut modifier,
chaque étape journalisée, une vérification de son effet, et une annulation immédiate s&apos;il n&apos;a pas
fonctionné. Les ID sont ceux que recommande `wsafix detect`, p. ex. flush-dns, restart-adapter:eth0,
reapply-ip:eth0, remove-preload:/usr/lib/libx.so, restart-service:NetworkManager.service.
  --dry-run   afficher les commandes exactes et les instantanés qu&apos;il prendrait ; ne rien modifier
  --yes       modifier réellement cet ordinateur (inutile sur l&apos;ordinateur de --scenario)
  --json      sortie lisible par une machine
  --guard-timeout S   les correctifs qui peuvent couper l&apos;ordinateur du réseau (restart-adapter,
              reapply-ip, ip-reset) s&apos;exécutent sous un garde-fou de restauration automatique : si
              leur vérification ne confirme pas l&apos;ordinateur dans les S secondes (60 par défaut),
              l&apos;instantané est restauré. 0 : pas de garde-fou, ce qui est refusé pour la carte
              réseau qui porte la session SSH ou Bureau à distance dans laquelle wsafix s&apos;exécute
  --session ID        poursuivre cette session au lieu de la dernière (l&apos;étape de correctif
                      avec élévation)

Annule d&apos;abord ce qu&apos;une exécution précédente interrompue a laissé à moitié fait. Poursuit la
dernière session du dossier d&apos;état. Sortie : 0 appliqué et vérifié, 1 échec (annulé) ou non
vérifié, 2 entrée incorrecte ou --yes manquant, 3 droits root/administrateur nécessaires.
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
        <translation>Usage : wsafix [OPTIONS]
        wsafix --link wsafix://diagnose?...
        wsafix COMMANDE [OPTIONS]

Trouve et corrige les causes des erreurs de connexion Winsock telles que 10056 (WSAEISCONN,
« Une demande de connexion a été effectuée sur un socket déjà connecté »).

Sans commande, ouvre l&apos;assistant de réparation ; avec un lien d&apos;assistance
(--link wsafix://diagnose?code=..., ou le lien seul), l&apos;ouvre avec la première page remplie
(wsafix link --help). Un lien est seul : tout autre argument à côté de lui est refusé.
--resume SESSION rouvre l&apos;assistant sur la page de vérification de cette session (après le
redémarrage qu&apos;exigeait un correctif).

Commandes :
  decode CODE       expliquer un code d&apos;erreur (0x00002748, 10056, WSAEISCONN, ...)
  detect            examiner l&apos;ordinateur et lister les problèmes (wsafix detect --help)
  analyze FICHIER   problèmes d&apos;après des sorties de commandes collées depuis un autre ordinateur
  link              créer ou vérifier un lien d&apos;assistance (wsafix link --help)
  report            écrire le rapport d&apos;une session : html, pdf, json, md (wsafix report --help)
  fix ID...         appliquer des correctifs avec instantané, vérification et annulation
                    (wsafix fix --help)
  snapshots         lister, afficher ou restaurer des instantanés (wsafix snapshots --help)
  verify            prouver un correctif : comparer avec detect, se connecter à la cible
                    (wsafix verify --help)
  version           afficher la version
  help [COMMANDE]   ce texte, ou l&apos;aide d&apos;une commande

Options de toutes les commandes :
  --scenario NOM|FICHIER  un ordinateur simulé au lieu de celui-ci (intégrés : clean,
                          lsp-adware, app-reconnect-bug)
  --state-dir DOSSIER     où sont les sessions (par défaut : le dossier d&apos;état de l&apos;utilisateur)
  --lang CODE             langue de l&apos;interface utilisateur
  --help                  aide
  --version               afficher la version

Codes de sortie : 0 tout va bien, 1 problèmes trouvés, 2 entrée ou utilisation incorrecte,
3 élévation nécessaire, 4 erreur interne.
</translation>
    </message>
    <message>
        <source>a support link must be the only argument; refused: %1</source>
        <translation>un lien d&apos;assistance doit être le seul argument ; refusé : %1</translation>
    </message>
    <message>
        <source>the support link is empty</source>
        <translation>le lien d&apos;assistance est vide</translation>
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
        <translation>Usage : wsafix report (--last | --session ID) --format html|pdf|json|md [--redact | --no-redact]
                       -o FICHIER

Écrit le rapport d&apos;une session : ce qui n&apos;allait pas, les preuves, chaque action avec ses commandes,
la vérification et la suite à donner.
  --last          la session la plus récente du dossier d&apos;état
  --session ID    cette session (voir le dossier sessions du dossier d&apos;état)
  --format F      html (une page autonome), pdf (A4), json (toute la session, rechargeable,
                  schéma wsafix.report/1), md (un résumé de moins de 60 lignes pour un ticket) ;
                  par défaut : l&apos;extension de FICHIER
  --redact        remplacer les noms d&apos;utilisateur et d&apos;hôte, les adresses, les SID, les adresses e-mail,
                  les DUID, les noms de réseau et de domaine par des espaces réservés comme &lt;ip-1&gt;
                  (même valeur, même espace réservé) ; md est masqué sauf avec --no-redact
  --no-redact     tout le détail, aussi pour md
  -o, --output F  le fichier à écrire (de façon atomique : jamais à moitié écrit) ; - est la sortie standard
                  pour html, json et md

Sortie : 0 écrit, 2 entrée incorrecte (session inconnue, format inconnu, sortie non accessible en écriture).
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
        <translation>Usage : wsafix detect [--process NOM | --pid N] [--host H --port P] [--code C] [--ticket T]
                      [--probes LISTE] [--json]

Examine cet ordinateur (ou l&apos;ordinateur de --scenario) et liste ce qui ne va pas, le plus grave d&apos;abord.
  --process NOM    le nom de processus de l&apos;application défaillante (p. ex. OrderSync.exe)
  --pid N          l&apos;identificateur de processus de l&apos;application défaillante
  --host H         l&apos;hôte que l&apos;application n&apos;arrive pas à joindre
  --port P         son port (1-65535)
  --code C         l’erreur telle que l’utilisateur l’a (0x00002748, 10056, WSAEISCONN), pour le rapport
  --ticket T       le ticket d’assistance, écrit dans le rapport
  --probes LISTE   seulement ces examens, séparés par des virgules : catalog,sockets,processes,adapters,events,
                   connectivity (une connexion TCP vers --host:--port ; exécuté par défaut avec eux)
  --json           sortie lisible par une machine (clés : schema, system, catalog, sockets, adapters,
                   events, findings)

Démarre une nouvelle session dans le dossier d&apos;état. Sortie : 0 aucun problème, 1 problèmes, 2 entrée incorrecte.
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
        <translation>Usage : wsafix analyze FICHIER... [--process NOM | --pid N] [--host H --port P] [--code C] [--ticket T]
                                  [--json]

Lit des sorties de commandes collées ou enregistrées sur un autre ordinateur (- lit l&apos;entrée standard) et liste ce
qui ne va pas sur celui-ci, avec les mêmes règles que detect. Sont comprises : netsh winsock show catalog, ipconfig,
ipconfig /all, netstat -ano/-an/-aonb, Get-NetTCPConnection, Test-NetConnection, netsh int ip reset,
netsh winsock reset, netsh interface ip show config, netsh interface dump, texte de l&apos;Observateur d&apos;événements.
UTF-8, UTF-16 et les pages de codes OEM/ANSI (437, 850, 866, 1251, 1252, 936) sont détectés ; les invites,
les citations &apos;&gt; &apos;, les lignes doublées ou coupées sont gérées. Les lignes inutilisables sont listées.
  --process, --pid, --host, --port, --code, --ticket   ce que l&apos;utilisateur vous a dit, comme pour detect
  --json   sortie lisible par une machine : les clés de detect --json plus inputs (par entrée : encodage,
           sorties reconnues, lignes non analysées)

Démarre une nouvelle session. Sortie : 0 aucun problème, 1 problèmes, 2 fichier illisible ou rien de reconnu.
</translation>
    </message>
</context>
<context>
    <name>DecodeCommand</name>
    <message>
        <source>Name:</source>
        <translation>Nom :</translation>
    </message>
    <message>
        <source>Decimal:</source>
        <translation>Décimal :</translation>
    </message>
    <message>
        <source>Hex:</source>
        <translation>Hexa :</translation>
    </message>
    <message>
        <source>HRESULT:</source>
        <translation>HRESULT :</translation>
    </message>
    <message>
        <source>Message:</source>
        <translation>Message :</translation>
    </message>
    <message>
        <source>Windows:</source>
        <translation>Windows :</translation>
    </message>
    <message>
        <source>Linux:</source>
        <translation>Linux :</translation>
    </message>
    <message>
        <source>no errno equivalent</source>
        <translation>aucun équivalent errno</translation>
    </message>
    <message>
        <source>Read as:</source>
        <translation>Lu comme :</translation>
    </message>
    <message>
        <source>What it means</source>
        <translation>Ce que cela signifie</translation>
    </message>
    <message>
        <source>For the program&apos;s developer</source>
        <translation>Pour le développeur du programme</translation>
    </message>
    <message>
        <source>Most likely causes</source>
        <translation>Causes les plus probables</translation>
    </message>
    <message>
        <source>How to tell</source>
        <translation>Comment le reconnaître</translation>
    </message>
    <message>
        <source>What the wizard checks</source>
        <translation>Ce que l&apos;assistant vérifie</translation>
    </message>
    <message>
        <source>probes: %1</source>
        <translation>examens : %1</translation>
    </message>
    <message>
        <source>fixes: %1</source>
        <translation>correctifs : %1</translation>
    </message>
    <message>
        <source>none on this machine: the cause lies in the program or elsewhere</source>
        <translation>aucun sur cet ordinateur : la cause se trouve dans le programme ou ailleurs</translation>
    </message>
    <message>
        <source>Codes near this one (%1)</source>
        <translation>Codes voisins (%1)</translation>
    </message>
    <message>
        <source>Also read in the input:</source>
        <translation>Également lu dans l&apos;entrée :</translation>
    </message>
    <message>
        <source>wsafix decode: &apos;%1&apos; is ambiguous; it can mean:</source>
        <translation>wsafix decode : « %1 » est ambigu ; cela peut signifier :</translation>
    </message>
    <message>
        <source>wsafix decode: cannot decode &apos;%1&apos;</source>
        <translation>wsafix decode : impossible de décoder « %1 »</translation>
    </message>
    <message>
        <source>Understood:</source>
        <translation>Compris :</translation>
    </message>
    <message>
        <source>Not understood:</source>
        <translation>Non compris :</translation>
    </message>
    <message>
        <source>Nearest known codes:</source>
        <translation>Codes connus les plus proches :</translation>
    </message>
    <message>
        <source>wsafix decode: missing CODE, e.g. wsafix decode 0x00002748 (see wsafix decode --help)</source>
        <translation>wsafix decode : CODE manquant, p. ex. wsafix decode 0x00002748 (voir wsafix decode --help)</translation>
    </message>
</context>
<context>
    <name>DetectCommand</name>
    <message>
        <source>unavailable: %1</source>
        <translation>indisponible : %1</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n entrée</numerusform>
            <numerusform>%n entrées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n layered</source>
        <translation>
            <numerusform>%n en couche</numerusform>
            <numerusform>%n en couche</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sockets</source>
        <translation>
            <numerusform>%n socket</numerusform>
            <numerusform>%n sockets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n processes</source>
        <translation>
            <numerusform>%n processus</numerusform>
            <numerusform>%n processus</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n adapters</source>
        <translation>
            <numerusform>%n carte réseau</numerusform>
            <numerusform>%n cartes réseau</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n up</source>
        <translation>
            <numerusform>%n active</numerusform>
            <numerusform>%n actives</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n name resolution providers</source>
        <translation>
            <numerusform>%n fournisseur de résolution de noms</numerusform>
            <numerusform>%n fournisseurs de résolution de noms</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with a missing file</source>
        <translation>
            <numerusform>%n avec un fichier manquant</numerusform>
            <numerusform>%n avec un fichier manquant</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n interposers in the target process</source>
        <translation>
            <numerusform>%n intercepteur dans le processus cible</numerusform>
            <numerusform>%n intercepteurs dans le processus cible</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 connected in %2 ms</source>
        <translation>%1 connecté en %2 ms</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 échec : %2</translation>
    </message>
    <message numerus="yes">
        <source>%n events</source>
        <translation>
            <numerusform>%n événement</numerusform>
            <numerusform>%n événements</numerusform>
        </translation>
    </message>
    <message>
        <source>simulated machine &apos;%1&apos;</source>
        <translation>ordinateur simulé « %1 »</translation>
    </message>
    <message>
        <source>this machine</source>
        <translation>cet ordinateur</translation>
    </message>
    <message>
        <source>wsafix detect: %1 (%2, %3, elevated)</source>
        <translation>wsafix detect : %1 (%2, %3, avec élévation)</translation>
    </message>
    <message>
        <source>wsafix detect: %1 (%2, %3)</source>
        <translation>wsafix detect : %1 (%2, %3)</translation>
    </message>
    <message>
        <source>Probes:</source>
        <translation>Examens :</translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>Aucun problème trouvé.</translation>
    </message>
    <message>
        <source>recommended fixes:</source>
        <translation>correctifs recommandés :</translation>
    </message>
    <message>
        <source>Session %1 saved in %2</source>
        <translation>Session %1 enregistrée dans %2</translation>
    </message>
    <message>
        <source>wsafix detect: unknown probe &apos;%1&apos; (known: catalog, sockets, processes, adapters, events, connectivity)</source>
        <translation>wsafix detect : examen inconnu « %1 » (connus : catalog, sockets, processes, adapters, events, connectivity)</translation>
    </message>
    <message>
        <source>wsafix detect: the connectivity probe needs --host and --port</source>
        <translation>wsafix detect : l&apos;examen connectivity a besoin de --host et --port</translation>
    </message>
    <message numerus="yes">
        <source>Findings (%n), worst first:</source>
        <translation>
            <numerusform>Problème (%n) :</numerusform>
            <numerusform>Problèmes (%n), le plus grave d&apos;abord :</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DetectionJob</name>
    <message>
        <source>Reading the Winsock catalog…</source>
        <translation>Lecture du catalogue Winsock…</translation>
    </message>
    <message>
        <source>Listing the open connections…</source>
        <translation>Liste des connexions ouvertes…</translation>
    </message>
    <message>
        <source>Listing the running programs…</source>
        <translation>Liste des programmes en cours d&apos;exécution…</translation>
    </message>
    <message>
        <source>Reading the network adapters…</source>
        <translation>Lecture des cartes réseau…</translation>
    </message>
    <message>
        <source>Reading the event log…</source>
        <translation>Lecture du journal des événements…</translation>
    </message>
    <message>
        <source>Connecting to the target…</source>
        <translation>Connexion à la cible…</translation>
    </message>
    <message>
        <source>Finished.</source>
        <translation>Terminé.</translation>
    </message>
    <message>
        <source>Looking up the name %1…</source>
        <translation>Recherche du nom %1…</translation>
    </message>
    <message>
        <source>Connecting to %1:%2, attempt %3 of %4…</source>
        <translation>Connexion à %1:%2, tentative %3 sur %4…</translation>
    </message>
</context>
<context>
    <name>EngineText</name>
    <message>
        <source>The application is started with a preloaded library (LD_PRELOAD)</source>
        <translation>L&apos;application est lancée avec une bibliothèque préchargée (LD_PRELOAD)</translation>
    </message>
    <message>
        <source>The failing program runs with LD_PRELOAD set, so the library below sits between it and every socket it opens. Start the program without it: look in its launcher script, its systemd unit (Environment=) or the shell profile that sets LD_PRELOAD. No machine-wide fix is needed.</source>
        <translation>Le programme défaillant s&apos;exécute avec LD_PRELOAD défini : la bibliothèque ci-dessous se place donc entre lui et chaque socket qu&apos;il ouvre. Lancez le programme sans elle : regardez dans son script de lancement, son unité systemd (Environment=) ou le profil du shell qui définit LD_PRELOAD. Aucun correctif à l&apos;échelle de l&apos;ordinateur n&apos;est nécessaire.</translation>
    </message>
    <message>
        <source>A library is preloaded into every program (/etc/ld.so.preload)</source>
        <translation>Une bibliothèque est préchargée dans chaque programme (/etc/ld.so.preload)</translation>
    </message>
    <message>
        <source>A third-party layered service provider sits in the Winsock catalog</source>
        <translation>Un fournisseur de services en couche tiers se trouve dans le catalogue Winsock</translation>
    </message>
    <message>
        <source>Every program on this machine loads the library below before its own code, so it sees (and can break) every connection. Remove the entry unless it belongs to software you trust.</source>
        <translation>Chaque programme de cet ordinateur charge la bibliothèque ci-dessous avant son propre code : elle voit donc (et peut casser) chaque connexion. Supprimez l&apos;entrée, sauf si elle appartient à un logiciel de confiance.</translation>
    </message>
    <message>
        <source>A program installed a layered service provider (LSP) that sees every connection of every program. Broken or outdated LSPs (old VPN, antivirus or adware) cause WSAEISCONN and other connection errors in many applications at once. Keep other programs&apos; providers: remove only this one, or keep it away from the failing application.</source>
        <translation>Un programme a installé un fournisseur de services en couche (LSP) qui voit chaque connexion de chaque programme. Les LSP défectueux ou obsolètes (ancien VPN, antivirus ou logiciel publicitaire) provoquent WSAEISCONN et d&apos;autres erreurs de connexion dans de nombreuses applications à la fois. Conservez les fournisseurs des autres programmes : supprimez seulement celui-ci, ou tenez-le à l&apos;écart de l&apos;application défaillante.</translation>
    </message>
    <message>
        <source>/etc/ld.so.preload names a library that does not exist</source>
        <translation>/etc/ld.so.preload désigne une bibliothèque qui n&apos;existe pas</translation>
    </message>
    <message>
        <source>The Winsock catalog names a provider DLL that does not exist</source>
        <translation>Le catalogue Winsock désigne une DLL de fournisseur qui n&apos;existe pas</translation>
    </message>
    <message>
        <source>Every program start warns about the missing library. Remove the entry.</source>
        <translation>Chaque démarrage de programme signale la bibliothèque manquante. Supprimez l&apos;entrée.</translation>
    </message>
    <message>
        <source>An uninstalled program left its entry in the Winsock catalog. Programs that load it fail to open sockets, with errors that change from one program to the next. Remove the entry; a Winsock reset removes every such entry at once.</source>
        <translation>Un programme désinstallé a laissé son entrée dans le catalogue Winsock. Les programmes qui la chargent n&apos;arrivent pas à ouvrir de sockets, avec des erreurs qui changent d&apos;un programme à l&apos;autre. Supprimez l&apos;entrée ; une réinitialisation de Winsock supprime toutes ces entrées d&apos;un coup.</translation>
    </message>
    <message>
        <source>The machine is not at fault, and resetting Winsock will not help. Tell the program&apos;s developers: after a non-blocking connect(), wait for the socket to become writable and read SO_ERROR instead of calling connect() again; do not reuse a connected socket for a new connection; on a connected UDP socket use send(), not sendto() with an address.</source>
        <translation>L&apos;ordinateur n&apos;est pas en cause, et réinitialiser Winsock n&apos;aidera pas. Prévenez les développeurs du programme : après un connect() non bloquant, attendre que le socket soit accessible en écriture et lire SO_ERROR au lieu d&apos;appeler de nouveau connect() ; ne pas réutiliser un socket connecté pour une nouvelle connexion ; sur un socket UDP connecté, utiliser send() et non sendto() avec une adresse.</translation>
    </message>
    <message>
        <source>The program&apos;s own messages show connect() failing again and again because the socket is already connected: it retries connect() instead of waiting for the first attempt.</source>
        <translation>Les propres messages du programme montrent connect() qui échoue encore et encore parce que le socket est déjà connecté : il relance connect() au lieu d&apos;attendre la première tentative.</translation>
    </message>
    <message>
        <source>The program opens connections faster than it closes them, which can run the machine out of local ports. Restarting that program frees them; its developers should reuse connections.</source>
        <translation>Le programme ouvre des connexions plus vite qu&apos;il ne les ferme, ce qui peut épuiser les ports locaux de l&apos;ordinateur. Redémarrer ce programme les libère ; ses développeurs devraient réutiliser les connexions.</translation>
    </message>
    <message>
        <source>No network adapter is connected</source>
        <translation>Aucune carte réseau n&apos;est connectée</translation>
    </message>
    <message>
        <source>Check the cable or Wi-Fi, then restart the adapter.</source>
        <translation>Vérifiez le câble ou le Wi-Fi, puis redémarrez la carte réseau.</translation>
    </message>
    <message>
        <source>An address in 169.254.0.0/16 means the adapter asked for an address and nobody answered. Restarting the adapter asks again; if that fails, the router or the network is at fault.</source>
        <translation>Une adresse dans 169.254.0.0/16 signifie que la carte réseau a demandé une adresse et que personne n&apos;a répondu. Redémarrer la carte réseau refait la demande ; si cela échoue, le routeur ou le réseau est en cause.</translation>
    </message>
    <message>
        <source>No default gateway: this machine cannot reach other networks</source>
        <translation>Aucune passerelle par défaut : cet ordinateur ne peut pas joindre d&apos;autres réseaux</translation>
    </message>
    <message>
        <source>Without a gateway only the local network is reachable. Restarting the adapter renews the DHCP lease; a static configuration needs its gateway set.</source>
        <translation>Sans passerelle, seul le réseau local est accessible. Redémarrer la carte réseau renouvelle le bail DHCP ; une configuration statique doit avoir sa passerelle définie.</translation>
    </message>
    <message>
        <source>No DNS server is configured: names cannot be resolved</source>
        <translation>Aucun serveur DNS n&apos;est configuré : les noms ne peuvent pas être résolus</translation>
    </message>
    <message>
        <source>Connections by name fail before they start. Restarting the adapter renews the DHCP lease.</source>
        <translation>Les connexions par nom échouent avant même de commencer. Redémarrer la carte réseau renouvelle le bail DHCP.</translation>
    </message>
    <message>
        <source>The computer cannot turn the name into an address, so no connection starts at all. Check the spelling; if it is right, the DNS server or its cache is at fault.</source>
        <translation>L&apos;ordinateur ne parvient pas à convertir le nom en adresse : aucune connexion ne démarre. Vérifiez l&apos;orthographe ; si elle est correcte, le serveur DNS ou son cache est en cause.</translation>
    </message>
    <message>
        <source>The name resolves, but the connection fails. Refused means nothing listens on that port (the service is stopped or the port is wrong); a time-out points at a firewall or the network; WSAEISCONN here points at a layered provider on this machine.</source>
        <translation>Le nom se résout, mais la connexion échoue. Refusée signifie que rien n&apos;écoute sur ce port (le service est arrêté ou le port est faux) ; un délai dépassé désigne un pare-feu ou le réseau ; WSAEISCONN désigne ici un fournisseur en couche sur cet ordinateur.</translation>
    </message>
    <message>
        <source>The program itself is at fault, not this machine: attach the report (wsafix report --last --format md -o report.md) to a ticket for its developers.</source>
        <translation>C&apos;est le programme lui-même qui est en cause, pas cet ordinateur : joignez le rapport (wsafix report --last --format md -o report.md) à un ticket pour ses développeurs.</translation>
    </message>
    <message>
        <source>Escalate with the report attached: wsafix report --last --format md -o report.md.</source>
        <translation>Faites remonter avec le rapport joint : wsafix report --last --format md -o report.md.</translation>
    </message>
    <message>
        <source>The connection times out: a firewall on the way, or the host itself, drops it. Check both.</source>
        <translation>La connexion expire : un pare-feu sur le trajet, ou l&apos;hôte lui-même, la rejette. Vérifiez les deux.</translation>
    </message>
    <message>
        <source>Even wsafix&apos;s own connection fails with WSAEISCONN: something on this machine (a layered provider) still interferes.</source>
        <translation>Même la propre connexion de wsafix échoue avec WSAEISCONN : quelque chose sur cet ordinateur (un fournisseur en couche) interfère encore.</translation>
    </message>
    <message>
        <source>Try the fix flush-dns.</source>
        <translation>Essayez le correctif flush-dns.</translation>
    </message>
    <message>
        <source>Click Check again; if it fails again, escalate with the report.</source>
        <translation>Cliquez sur Vérifier de nouveau ; en cas de nouvel échec, faites remonter avec le rapport.</translation>
    </message>
    <message>
        <source>The check was cancelled before it finished.</source>
        <translation>La vérification a été annulée avant la fin.</translation>
    </message>
    <message>
        <source>Run the check again and let it finish.</source>
        <translation>Relancez la vérification et laissez-la se terminer.</translation>
    </message>
    <message>
        <source>Run the check again the way detect ran (for example elevated).</source>
        <translation>Relancez la vérification comme detect a été lancé (par exemple avec élévation).</translation>
    </message>
    <message>
        <source>Check again where the fix&apos;s tool really runs (on Windows, after the restart the fix asks for).</source>
        <translation>Vérifiez de nouveau là où l&apos;outil du correctif s&apos;exécute réellement (sous Windows, après le redémarrage que demande le correctif).</translation>
    </message>
    <message>
        <source>Next time run wsafix detect (or the wizard) before fixing, so that verify can show what the fix changed.</source>
        <translation>La prochaine fois, lancez wsafix detect (ou l&apos;assistant) avant de corriger, pour que verify puisse montrer ce que le correctif a changé.</translation>
    </message>
    <message>
        <source>Nothing was wrong at the start and no target host and port were given, so there is nothing to compare.</source>
        <translation>Rien n&apos;allait mal au début et aucun hôte ni port cible n&apos;a été indiqué : il n&apos;y a donc rien à comparer.</translation>
    </message>
    <message>
        <source>Check again with the host and port the failing program connects to.</source>
        <translation>Vérifiez de nouveau avec l&apos;hôte et le port auxquels le programme défaillant se connecte.</translation>
    </message>
    <message>
        <source>The problem found at the start is gone.</source>
        <translation>Le problème trouvé au début a disparu.</translation>
    </message>
    <message>
        <source>no problem shows.</source>
        <translation>aucun problème n&apos;apparaît.</translation>
    </message>
    <message>
        <source>The fixes made things worse: the machine now has problems it did not have before.</source>
        <translation>Les correctifs ont aggravé les choses : l&apos;ordinateur a maintenant des problèmes qu&apos;il n&apos;avait pas avant.</translation>
    </message>
    <message>
        <source>Right call: the machine was healthy and nothing was changed.</source>
        <translation>Bonne décision : l&apos;ordinateur était sain et rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>The machine was healthy: no fix was needed, and a fix on a healthy machine only adds risk.</source>
        <translation>L&apos;ordinateur était sain : aucun correctif n&apos;était nécessaire, et un correctif sur un ordinateur sain n&apos;ajoute que du risque.</translation>
    </message>
    <message>
        <source>Well chosen: every problem is gone, with the least invasive fix.</source>
        <translation>Bien choisi : tous les problèmes ont disparu, avec le correctif le moins invasif.</translation>
    </message>
    <message>
        <source>Not fixed: no fix was applied, and the problems are still there.</source>
        <translation>Non corrigé : aucun correctif n&apos;a été appliqué et les problèmes sont toujours là.</translation>
    </message>
    <message>
        <source>Not fixed: the problem is still there after the fixes chosen.</source>
        <translation>Non corrigé : le problème est toujours là après les correctifs choisis.</translation>
    </message>
    <message>
        <source>No fix on this machine solves it: the evidence points at the application or the network, so the right step is to hand the findings to whoever owns it.</source>
        <translation>Aucun correctif sur cet ordinateur ne le résout : les preuves désignent l&apos;application ou le réseau ; la bonne démarche est de transmettre les constats à leur responsable.</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <source>not run</source>
        <translation>non exécuté</translation>
    </message>
    <message>
        <source>the scenario does not describe namespace providers</source>
        <translation>le scénario ne décrit pas de fournisseurs d&apos;espace de noms</translation>
    </message>
    <message>
        <source>Reset the Winsock catalog</source>
        <translation>Réinitialiser le catalogue Winsock</translation>
    </message>
    <message>
        <source>Remove one layered provider</source>
        <translation>Supprimer un fournisseur en couche</translation>
    </message>
    <message>
        <source>Keep layered providers out of one application</source>
        <translation>Tenir les fournisseurs en couche à l&apos;écart d&apos;une application</translation>
    </message>
    <message>
        <source>Reset TCP/IP and re-apply the static configuration</source>
        <translation>Réinitialiser TCP/IP et réappliquer la configuration statique</translation>
    </message>
    <message>
        <source>Flush the DNS cache</source>
        <translation>Vider le cache DNS</translation>
    </message>
    <message>
        <source>Restart a network adapter</source>
        <translation>Redémarrer une carte réseau</translation>
    </message>
    <message>
        <source>Restart a service</source>
        <translation>Redémarrer un service</translation>
    </message>
    <message>
        <source>Re-apply an adapter&apos;s IP configuration</source>
        <translation>Réappliquer la configuration IP d&apos;une carte réseau</translation>
    </message>
    <message>
        <source>Remove a library from /etc/ld.so.preload</source>
        <translation>Supprimer une bibliothèque de /etc/ld.so.preload</translation>
    </message>
    <message>
        <source>unchanged: nothing was run</source>
        <translation>inchangé : rien n&apos;a été exécuté</translation>
    </message>
    <message>
        <source>Socket is already connected.</source>
        <translation>Le socket est déjà connecté.</translation>
    </message>
    <message>
        <source>A connect request was made on an already connected socket.</source>
        <translation>Une demande de connexion a été effectuée sur un socket déjà connecté.</translation>
    </message>
    <message>
        <source>Transport endpoint is already connected</source>
        <translation>Le point de terminaison de transport est déjà connecté</translation>
    </message>
    <message>
        <source>The program tried to open a connection that was already open. This is almost always a mistake in that program, not a fault of this computer or of the network.</source>
        <translation>Le programme a essayé d&apos;ouvrir une connexion déjà ouverte. C&apos;est presque toujours une erreur de ce programme, pas un défaut de cet ordinateur ni du réseau.</translation>
    </message>
    <message>
        <source>Network dropped connection on reset.</source>
        <translation>Le réseau a interrompu la connexion lors de la réinitialisation.</translation>
    </message>
    <message>
        <source>Software caused connection abort.</source>
        <translation>Abandon de connexion provoqué par le logiciel.</translation>
    </message>
    <message>
        <source>Connection reset by peer.</source>
        <translation>Connexion réinitialisée par le correspondant.</translation>
    </message>
    <message>
        <source>No buffer space available.</source>
        <translation>Aucun espace tampon disponible.</translation>
    </message>
    <message>
        <source>Socket is not connected.</source>
        <translation>Le socket n&apos;est pas connecté.</translation>
    </message>
    <message>
        <source>Cannot send after socket shutdown.</source>
        <translation>Impossible d&apos;envoyer après l&apos;arrêt du socket.</translation>
    </message>
    <message>
        <source>Too many references.</source>
        <translation>Trop de références.</translation>
    </message>
    <message>
        <source>The application keeps opening connections to %1: an application issue</source>
        <translation>L&apos;application ouvre sans cesse des connexions vers %1 : un problème de l&apos;application</translation>
    </message>
    <message>
        <source>WSAEISCONN (10056) means the program called connect() on a socket that is already connected. The program holds %1 connections to the same place, the pattern of a program that retries connect() instead of waiting for the first one. %2</source>
        <translation>WSAEISCONN (10056) signifie que le programme a appelé connect() sur un socket déjà connecté. Le programme détient %1 connexions vers la même destination, le schéma d&apos;un programme qui relance connect() au lieu d&apos;attendre la première. %2</translation>
    </message>
    <message>
        <source>The application reported WSAEISCONN %1 times: an application issue</source>
        <translation>L&apos;application a signalé WSAEISCONN %1 fois : un problème de l&apos;application</translation>
    </message>
    <message>
        <source>One program holds %1 idle or closing sockets</source>
        <translation>Un programme détient %1 sockets inactifs ou en cours de fermeture</translation>
    </message>
    <message>
        <source>The adapter %1 gave itself an emergency address (no DHCP answer)</source>
        <translation>La carte réseau %1 s&apos;est attribué une adresse de secours (pas de réponse DHCP)</translation>
    </message>
    <message>
        <source>The name %1 does not resolve</source>
        <translation>Le nom %1 ne se résout pas</translation>
    </message>
    <message>
        <source>No connection to %1</source>
        <translation>Aucune connexion à %1</translation>
    </message>
    <message>
        <source>%1 [file missing]</source>
        <translation>%1 [fichier manquant]</translation>
    </message>
    <message>
        <source>catalog %1: %2</source>
        <translation>catalogue %1 : %2</translation>
    </message>
    <message>
        <source>name service provider %1</source>
        <translation>fournisseur de service de noms %1</translation>
    </message>
    <message>
        <source>event %1 at %2: %3</source>
        <translation>événement %1 à %2 : %3</translation>
    </message>
    <message>
        <source>event at %1 (%2): %3</source>
        <translation>événement à %1 (%2) : %3</translation>
    </message>
    <message>
        <source>pid %1 (%2): %3 sockets in TIME_WAIT or BOUND</source>
        <translation>PID %1 (%2) : %3 sockets en TIME_WAIT ou BOUND</translation>
    </message>
    <message>
        <source>%1 (%2): down</source>
        <translation>%1 (%2) : déconnectée</translation>
    </message>
    <message>
        <source>%1 (%2): no gateway</source>
        <translation>%1 (%2) : pas de passerelle</translation>
    </message>
    <message>
        <source>%1 (%2): no DNS server</source>
        <translation>%1 (%2) : pas de serveur DNS</translation>
    </message>
    <message>
        <source>%1: %2 (%3) after %4 ms</source>
        <translation>%1 : %2 (%3) après %4 ms</translation>
    </message>
    <message>
        <source>Try the fix %1 (recommended for: %2).</source>
        <translation>Essayez le correctif %1 (recommandé pour : %2).</translation>
    </message>
    <message>
        <source>If the fix %1 made nothing better, put the machine back as it was: wsafix snapshots restore %2.</source>
        <translation>Si le correctif %1 n&apos;a rien amélioré, remettez l&apos;ordinateur dans son état précédent : wsafix snapshots restore %2.</translation>
    </message>
    <message>
        <source>Nothing listens on port %1 at %2: check that the service there runs and that the port is right.</source>
        <translation>Rien n&apos;écoute sur le port %1 de %2 : vérifiez que le service y fonctionne et que le port est correct.</translation>
    </message>
    <message>
        <source>There is no route to %1: check the cable or Wi-Fi, the adapter and the gateway.</source>
        <translation>Il n&apos;y a pas d&apos;itinéraire vers %1 : vérifiez le câble ou le Wi-Fi, la carte réseau et la passerelle.</translation>
    </message>
    <message>
        <source>The name %1 does not resolve (%2), so no connection was tried: this is a name problem, not a closed port.</source>
        <translation>Le nom %1 ne se résout pas (%2), aucune connexion n&apos;a donc été tentée : c&apos;est un problème de nom, pas un port fermé.</translation>
    </message>
    <message>
        <source>Check the spelling of %1; if it is right, the DNS server or its cache is at fault.</source>
        <translation>Vérifiez l&apos;orthographe de %1 ; si elle est correcte, le serveur DNS ou son cache est en cause.</translation>
    </message>
    <message>
        <source>%1 of %2 connection attempts to %3 failed: %4.</source>
        <translation>%1 tentatives de connexion sur %2 vers %3 ont échoué : %4.</translation>
    </message>
    <message>
        <source>A problem remains: %1.</source>
        <translation>Un problème subsiste : %1.</translation>
    </message>
    <message>
        <source>%1 problems remain; the worst: %2.</source>
        <translation>%1 problèmes subsistent ; le plus grave : %2.</translation>
    </message>
    <message>
        <source>These checks worked at the start but are unavailable now: %1.</source>
        <translation>Ces examens fonctionnaient au début mais sont indisponibles maintenant : %1.</translation>
    </message>
    <message>
        <source>No problem shows now, but the effect of %1 cannot be checked on this machine, so the fix is not proven.</source>
        <translation>Aucun problème n&apos;apparaît maintenant, mais l&apos;effet de %1 ne peut pas être vérifié sur cet ordinateur : le correctif n&apos;est donc pas prouvé.</translation>
    </message>
    <message>
        <source>There was no examination before the fix to compare with (%1). Now %2</source>
        <translation>Il n&apos;y a pas eu d&apos;examen avant le correctif pour comparer (%1). Maintenant, %2</translation>
    </message>
    <message>
        <source>%1 and no problem shows.</source>
        <translation>%1 et aucun problème n&apos;apparaît.</translation>
    </message>
    <message>
        <source>The problem found at the start concerns another target than %1, which this check did not connect to.</source>
        <translation>Le problème trouvé au début concerne une autre cible que %1, à laquelle cette vérification ne s&apos;est pas connectée.</translation>
    </message>
    <message>
        <source>Nothing was wrong at the start and %1 connects fine, so there is no fix to confirm. If the error continues, the failing program itself is the likely cause.</source>
        <translation>Rien n&apos;allait mal au début et %1 se connecte sans problème : il n&apos;y a donc aucun correctif à confirmer. Si l&apos;erreur persiste, le programme défaillant lui-même en est probablement la cause.</translation>
    </message>
    <message>
        <source>The problem found at the start is gone, and %1.</source>
        <translation>Le problème trouvé au début a disparu, et %1.</translation>
    </message>
    <message>
        <source>All %1 problems found at the start are gone, and %2.</source>
        <translation>Les %1 problèmes trouvés au début ont tous disparu, et %2.</translation>
    </message>
    <message>
        <source>All %1 problems found at the start are gone.</source>
        <translation>Les %1 problèmes trouvés au début ont tous disparu.</translation>
    </message>
    <message>
        <source>all %1 connection attempts to %2 succeeded</source>
        <translation>les %1 tentatives de connexion vers %2 ont toutes réussi</translation>
    </message>
    <message>
        <source>error %1</source>
        <translation>erreur %1</translation>
    </message>
    <message>
        <source>The check failed: %1</source>
        <translation>La vérification a échoué : %1</translation>
    </message>
    <message>
        <source>no session in the state directory</source>
        <translation>aucune session dans le dossier d&apos;état</translation>
    </message>
    <message>
        <source>session %1 has no detect step</source>
        <translation>la session %1 n&apos;a pas d&apos;étape detect</translation>
    </message>
    <message>
        <source>the latest session (%1) examined a real machine</source>
        <translation>la dernière session (%1) a examiné un ordinateur réel</translation>
    </message>
    <message>
        <source>the latest session (%1) examined the scenario &apos;%2&apos;</source>
        <translation>la dernière session (%1) a examiné le scénario « %2 »</translation>
    </message>
    <message>
        <source>Fixed, but a less invasive fix existed: %1 alone would have solved it with less collateral change.</source>
        <translation>Corrigé, mais un correctif moins invasif existait : %1 seul l&apos;aurait résolu avec moins de modifications collatérales.</translation>
    </message>
    <message>
        <source>New: %1.</source>
        <translation>Nouveau : %1.</translation>
    </message>
    <message>
        <source>Still present: %1.</source>
        <translation>Toujours présent : %1.</translation>
    </message>
    <message>
        <source>The connection to %1 still fails.</source>
        <translation>La connexion à %1 échoue toujours.</translation>
    </message>
    <message>
        <source>Not simulated in this scenario, so they changed nothing: %1.</source>
        <translation>Non simulés dans ce scénario, ils n&apos;ont donc rien changé : %1.</translation>
    </message>
    <message>
        <source>What would have worked: %1.</source>
        <translation>Ce qui aurait fonctionné : %1.</translation>
    </message>
    <message>
        <source>stopped after its time limit of %1; what it had read so far is left out, as it would be incomplete</source>
        <translation>arrêté après son délai de %1 ; ce qu&apos;il avait lu jusque-là est ignoré, car ce serait incomplet</translation>
    </message>
    <message>
        <source>no running process is called %1</source>
        <translation>aucun processus en cours d&apos;exécution ne s&apos;appelle %1</translation>
    </message>
    <message>
        <source>the simulated machine has no process %1</source>
        <translation>l&apos;ordinateur simulé n&apos;a pas de processus %1</translation>
    </message>
    <message>
        <source>there is no process %1</source>
        <translation>il n&apos;y a pas de processus %1</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>On this simulated machine, %1 changes only the simulated state, as scenario &apos;%2&apos; describes; no command runs.</source>
        <translation>Sur cet ordinateur simulé, %1 ne modifie que l&apos;état simulé, comme le décrit le scénario « %2 » ; aucune commande n&apos;est exécutée.</translation>
    </message>
    <message>
        <source>%1 is not simulated in scenario &apos;%2&apos;</source>
        <translation>%1 n&apos;est pas simulé dans le scénario « %2 »</translation>
    </message>
    <message>
        <source>%1 is already applied to this simulated machine (restoring its snapshot undoes it)</source>
        <translation>%1 est déjà appliqué à cet ordinateur simulé (restaurer son instantané l&apos;annule)</translation>
    </message>
    <message>
        <source>apply %1 to the simulated machine</source>
        <translation>appliquer %1 à l&apos;ordinateur simulé</translation>
    </message>
    <message>
        <source>restore the simulated machine of snapshot %1</source>
        <translation>restaurer l&apos;ordinateur simulé de l&apos;instantané %1</translation>
    </message>
    <message>
        <source>the simulated machine did not change as scenario &apos;%1&apos; describes</source>
        <translation>l&apos;ordinateur simulé n&apos;a pas changé comme le décrit le scénario « %1 »</translation>
    </message>
    <message>
        <source>the simulated machine changed as scenario &apos;%1&apos; describes</source>
        <translation>l&apos;ordinateur simulé a changé comme le décrit le scénario « %1 »</translation>
    </message>
    <message>
        <source>the simulated machine differs from snapshot %1</source>
        <translation>l&apos;ordinateur simulé diffère de l&apos;instantané %1</translation>
    </message>
    <message>
        <source>the simulated machine is as in snapshot %1</source>
        <translation>l&apos;ordinateur simulé est conforme à l&apos;instantané %1</translation>
    </message>
    <message>
        <source>unavailable: %1</source>
        <translation>indisponible : %1</translation>
    </message>
    <message>
        <source>could not take the snapshot first: %1</source>
        <translation>impossible de prendre d&apos;abord l&apos;instantané : %1</translation>
    </message>
    <message>
        <source>the fix failed: %1</source>
        <translation>le correctif a échoué : %1</translation>
    </message>
    <message>
        <source>the check itself failed: %1</source>
        <translation>la vérification elle-même a échoué : %1</translation>
    </message>
    <message>
        <source>has an empty label (two dots in a row, or a dot at the start)</source>
        <translation>a une étiquette vide (deux points à la suite, ou un point au début)</translation>
    </message>
    <message>
        <source>has a label longer than 63 characters</source>
        <translation>a une étiquette de plus de 63 caractères</translation>
    </message>
    <message>
        <source>has a label that starts or ends with &apos;-&apos;</source>
        <translation>a une étiquette qui commence ou finit par « - »</translation>
    </message>
    <message>
        <source>is neither a name (its last label is a number) nor an IPv4 address</source>
        <translation>n&apos;est ni un nom (sa dernière étiquette est un nombre) ni une adresse IPv4</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>est vide</translation>
    </message>
    <message>
        <source>contains non-ASCII characters; write an international name in its xn-- form</source>
        <translation>contient des caractères non ASCII ; écrivez un nom international sous sa forme xn--</translation>
    </message>
    <message>
        <source>is not a valid IPv6 address in brackets</source>
        <translation>n&apos;est pas une adresse IPv6 valide entre crochets</translation>
    </message>
    <message>
        <source>is not a valid IPv6 address</source>
        <translation>n&apos;est pas une adresse IPv6 valide</translation>
    </message>
    <message>
        <source>is not a valid IPv4 address (four numbers 0-255 without leading zeros)</source>
        <translation>n&apos;est pas une adresse IPv4 valide (quatre nombres de 0 à 255 sans zéros en tête)</translation>
    </message>
    <message>
        <source>may contain only letters, digits, dots and hyphens (e.g. mail.example.com)</source>
        <translation>ne peut contenir que des lettres, des chiffres, des points et des traits d&apos;union (p. ex. mail.example.com)</translation>
    </message>
    <message>
        <source>is not a port (a whole number from 1 to 65535)</source>
        <translation>n&apos;est pas un port (un nombre entier de 1 à 65535)</translation>
    </message>
    <message>
        <source>may contain only letters, digits, spaces and . _ + - (a program name such as app.exe, no path)</source>
        <translation>ne peut contenir que des lettres, des chiffres, des espaces et . _ + - (un nom de programme comme app.exe, sans chemin)</translation>
    </message>
    <message>
        <source>must start with a letter or digit</source>
        <translation>doit commencer par une lettre ou un chiffre</translation>
    </message>
    <message>
        <source>ends with a space</source>
        <translation>se termine par une espace</translation>
    </message>
    <message>
        <source>is a number; a link names the program, not a process id</source>
        <translation>est un nombre ; un lien désigne le programme, pas un identificateur de processus</translation>
    </message>
    <message>
        <source>contains &apos;..&apos;</source>
        <translation>contient « .. »</translation>
    </message>
    <message>
        <source>may contain only letters, digits and . _ # - (e.g. INC0012345)</source>
        <translation>ne peut contenir que des lettres, des chiffres et . _ # - (p. ex. INC0012345)</translation>
    </message>
    <message>
        <source>may contain only printable ASCII characters</source>
        <translation>ne peut contenir que des caractères ASCII imprimables</translation>
    </message>
    <message>
        <source>is ambiguous; write the code in hex, e.g. 0x00002748</source>
        <translation>est ambigu ; écrivez le code en hexadécimal, p. ex. 0x00002748</translation>
    </message>
    <message>
        <source>is not an error code wsafix knows (try wsafix decode)</source>
        <translation>n&apos;est pas un code d&apos;erreur connu de wsafix (essayez wsafix decode)</translation>
    </message>
    <message>
        <source>the link names no action: expected wsafix://diagnose?...</source>
        <translation>le lien ne désigne aucune action : wsafix://diagnose?... attendu</translation>
    </message>
    <message>
        <source>is not a support-link parameter</source>
        <translation>n&apos;est pas un paramètre de lien d&apos;assistance</translation>
    </message>
    <message>
        <source>the link is empty</source>
        <translation>le lien est vide</translation>
    </message>
    <message>
        <source>this is not a link: expected wsafix://diagnose?...</source>
        <translation>ce n&apos;est pas un lien : wsafix://diagnose?... attendu</translation>
    </message>
    <message>
        <source>the link has no &apos;//&apos; after &apos;wsafix:&apos;: expected wsafix://diagnose?...</source>
        <translation>le lien n&apos;a pas de « // » après « wsafix: » : wsafix://diagnose?... attendu</translation>
    </message>
    <message>
        <source>the link has an empty parameter (&apos;&amp;&amp;&apos;, or &apos;&amp;&apos; at the start or end)</source>
        <translation>le lien a un paramètre vide (« &amp;&amp; », ou « &amp; » au début ou à la fin)</translation>
    </message>
    <message>
        <source>is %1 characters long; a host name has at most 253</source>
        <translation>fait %1 caractères ; un nom d&apos;hôte en a 253 au plus</translation>
    </message>
    <message>
        <source>is longer than %1 characters</source>
        <translation>dépasse %1 caractères</translation>
    </message>
    <message>
        <source>is ambiguous: %1</source>
        <translation>est ambigu : %1</translation>
    </message>
    <message>
        <source>the link contains a space at position %1 (write it as %20)</source>
        <translation>le lien contient une espace à la position %1 (écrivez-la %20)</translation>
    </message>
    <message>
        <source>the link contains a control character at position %1 (a line break, tab or NUL byte)</source>
        <translation>le lien contient un caractère de contrôle à la position %1 (saut de ligne, tabulation ou octet NUL)</translation>
    </message>
    <message>
        <source>the link contains a non-ASCII character at position %1 (percent-encode it)</source>
        <translation>le lien contient un caractère non ASCII à la position %1 (encodez-le en pourcentage)</translation>
    </message>
    <message>
        <source>the link has user information (&apos;%1&apos;); a support link has none</source>
        <translation>le lien contient des informations d&apos;utilisateur (« %1 ») ; un lien d&apos;assistance n&apos;en a pas</translation>
    </message>
    <message>
        <source>the link has a port in its address (&apos;%1&apos;); a support link has none</source>
        <translation>le lien a un port dans son adresse (« %1 ») ; un lien d&apos;assistance n&apos;en a pas</translation>
    </message>
    <message>
        <source>the link asks for &apos;%1&apos;, which links cannot do: the only action is &apos;diagnose&apos;</source>
        <translation>le lien demande « %1 », ce que les liens ne peuvent pas faire : la seule action est « diagnose »</translation>
    </message>
    <message>
        <source>the link has a path after &apos;diagnose&apos; (&apos;%1&apos;); expected wsafix://diagnose?...</source>
        <translation>le lien a un chemin après « diagnose » (« %1 ») ; wsafix://diagnose?... attendu</translation>
    </message>
    <message>
        <source>the link is %1 characters long; a support link has at most %2</source>
        <translation>le lien fait %1 caractères ; un lien d&apos;assistance en a %2 au plus</translation>
    </message>
    <message>
        <source>this is not a wsafix link (its scheme is &apos;%1&apos;)</source>
        <translation>ce n&apos;est pas un lien wsafix (son schéma est « %1 »)</translation>
    </message>
    <message>
        <source>the link has a fragment (&apos;%1&apos;); write a &apos;#&apos; inside a value as %23</source>
        <translation>le lien a un fragment (« %1 ») ; écrivez un « # » dans une valeur sous la forme %23</translation>
    </message>
    <message>
        <source>the link has a percent-encoded parameter name (&apos;%1&apos;)</source>
        <translation>le lien a un nom de paramètre encodé en pourcentage (« %1 »)</translation>
    </message>
    <message>
        <source>the link has an unknown parameter &apos;%1&apos; (parameter names are lower case); a link carries only code, process, host, port and ticket</source>
        <translation>le lien a un paramètre inconnu « %1 » (les noms de paramètres sont en minuscules) ; un lien ne contient que code, process, host, port et ticket</translation>
    </message>
    <message>
        <source>the link has an unknown parameter &apos;%1&apos;; a link carries only code, process, host, port and ticket</source>
        <translation>le lien a un paramètre inconnu « %1 » ; un lien ne contient que code, process, host, port et ticket</translation>
    </message>
    <message>
        <source>the link repeats the parameter &apos;%1&apos;</source>
        <translation>le lien répète le paramètre « %1 »</translation>
    </message>
    <message>
        <source>parameter &apos;%1&apos; has no value (%2=...)</source>
        <translation>le paramètre « %1 » n&apos;a pas de valeur (%2=...)</translation>
    </message>
    <message>
        <source>parameter &apos;%1&apos; is empty</source>
        <translation>le paramètre « %1 » est vide</translation>
    </message>
    <message>
        <source>parameter &apos;%1&apos;: &apos;%2&apos; %3</source>
        <translation>paramètre « %1 » : « %2 » %3</translation>
    </message>
    <message>
        <source>parameter &apos;%1&apos; %2</source>
        <translation>le paramètre « %1 » %2</translation>
    </message>
    <message>
        <source>connect() (or WSAConnect/ConnectEx) was called on a socket that is already connected. The usual cause is polling a non-blocking connect() by calling connect() again: while the attempt is pending the extra calls fail with WSAEALREADY, and once it has succeeded with WSAEISCONN. Instead, wait until the socket is writable (select, WSAPoll, or FD_CONNECT with WSAEventSelect) and read SO_ERROR with getsockopt() to learn whether the connection succeeded. Other forms: reusing a connected socket for a new connection instead of closing it and creating a new socket; sendto() with a destination address on a connected datagram socket (some implementations fail it with WSAEISCONN: use send()). On Linux the same mistake gives EISCONN (106).</source>
        <translation>connect() (ou WSAConnect/ConnectEx) a été appelé sur un socket déjà connecté. La cause habituelle est d&apos;interroger un connect() non bloquant en rappelant connect() : tant que la tentative est en cours, les appels supplémentaires échouent avec WSAEALREADY, et une fois qu&apos;elle a réussi, avec WSAEISCONN. Il faut plutôt attendre que le socket soit accessible en écriture (select, WSAPoll, ou FD_CONNECT avec WSAEventSelect) et lire SO_ERROR avec getsockopt() pour savoir si la connexion a réussi. Autres formes : réutiliser un socket connecté pour une nouvelle connexion au lieu de le fermer et de créer un nouveau socket ; sendto() avec une adresse de destination sur un socket datagramme connecté (certaines implémentations le font échouer avec WSAEISCONN : utilisez send()). Sous Linux, la même erreur donne EISCONN (106).</translation>
    </message>
    <message>
        <source>The application calls connect() again on a socket that is already connected, typically by polling a non-blocking connect() instead of waiting for the socket to become writable and reading SO_ERROR.</source>
        <translation>L&apos;application rappelle connect() sur un socket déjà connecté, généralement en interrogeant un connect() non bloquant au lieu d&apos;attendre que le socket soit accessible en écriture et de lire SO_ERROR.</translation>
    </message>
    <message>
        <source>The application reuses a connected socket for a new connection instead of closing it and opening a new socket.</source>
        <translation>L&apos;application réutilise un socket connecté pour une nouvelle connexion au lieu de le fermer et d&apos;ouvrir un nouveau socket.</translation>
    </message>
    <message>
        <source>The application calls sendto() with a destination address on a connected datagram (UDP) socket.</source>
        <translation>L&apos;application appelle sendto() avec une adresse de destination sur un socket datagramme (UDP) connecté.</translation>
    </message>
    <message>
        <source>The exception, machine-wide: a third-party layered service provider (LSP) in the Winsock catalog, left by VPN, firewall, antivirus or adware software, intercepts connect() in every program and gets the socket state wrong.</source>
        <translation>L&apos;exception, à l&apos;échelle de l&apos;ordinateur : un fournisseur de services en couche (LSP) tiers dans le catalogue Winsock, laissé par un logiciel VPN, pare-feu, antivirus ou publicitaire, intercepte connect() dans chaque programme et se trompe sur l&apos;état du socket.</translation>
    </message>
    <message>
        <source>Only one application affected, and its sockets show several connections to the same server (the reconnect pattern): the application is at fault. Tell its developers; resetting Winsock will not help. Several applications affected, a third-party layered provider in the Winsock catalog, or recent Winsock catalog changes in the event log: the machine is at fault. Bypass or remove that provider first, and reset Winsock only if that is not enough.</source>
        <translation>Une seule application touchée, et ses sockets montrent plusieurs connexions vers le même serveur (le schéma de reconnexion) : l&apos;application est en cause. Prévenez ses développeurs ; réinitialiser Winsock n&apos;aidera pas. Plusieurs applications touchées, un fournisseur en couche tiers dans le catalogue Winsock, ou des modifications récentes du catalogue Winsock dans le journal des événements : l&apos;ordinateur est en cause. Contournez ou supprimez d&apos;abord ce fournisseur, et ne réinitialisez Winsock que si cela ne suffit pas.</translation>
    </message>
    <message>
        <source>%1: Windows error code %2</source>
        <translation>%1 : code d&apos;erreur Windows %2</translation>
    </message>
    <message>
        <source>%1: as a Windows error code: %2</source>
        <translation>%1 : comme code d&apos;erreur Windows : %2</translation>
    </message>
    <message>
        <source>%1: Linux errno %2 (%3), the twin of %4</source>
        <translation>%1 : errno Linux %2 (%3), le jumeau de %4</translation>
    </message>
    <message>
        <source>%1: HRESULT %2 = HRESULT_FROM_WIN32(%3)</source>
        <translation>%1 : HRESULT %2 = HRESULT_FROM_WIN32(%3)</translation>
    </message>
    <message>
        <source>%1: %2 is the Linux name (errno %3) of %4</source>
        <translation>%1 : %2 est le nom Linux (errno %3) de %4</translation>
    </message>
    <message>
        <source>%1: %2 is another name of %3</source>
        <translation>%1 : %2 est un autre nom de %3</translation>
    </message>
    <message>
        <source>The adapter got no address from DHCP</source>
        <translation>La carte réseau n&apos;a reçu aucune adresse du DHCP</translation>
    </message>
    <message>
        <source>After the switch in the finance office was replaced over the weekend, one laptop on a docking station cannot reach the finance server: &apos;Socket error # 10065, No route to host&apos;. The other PCs in the room work. Look at what address the laptop has, and get it a proper one.</source>
        <translation>Depuis le remplacement du commutateur du service financier ce week-end, un ordinateur portable sur une station d&apos;accueil ne joint plus le serveur financier : &apos;Socket error # 10065, No route to host&apos;. Les autres PC de la pièce fonctionnent. Regardez quelle adresse a le portable et donnez-lui une adresse correcte.</translation>
    </message>
    <message>
        <source>An application retries connect() on a connected socket</source>
        <translation>Une application relance connect() sur un socket connecté</translation>
    </message>
    <message>
        <source>OrderSync, an in-house order tool, shows &apos;Socket error # 10056&apos; every few minutes. Nothing else on the PC has trouble. Decide whether this is the machine or the application, and hand the developers the evidence.</source>
        <translation>OrderSync, un outil de commande interne, affiche &apos;Socket error # 10056&apos; toutes les quelques minutes. Rien d&apos;autre sur le PC n&apos;a de problème. Décidez si c&apos;est l&apos;ordinateur ou l&apos;application, et transmettez les preuves aux développeurs.</translation>
    </message>
    <message>
        <source>A healthy office PC</source>
        <translation>Un PC de bureau en bonne santé</translation>
    </message>
    <message>
        <source>A user reports that &apos;the internet was slow this morning&apos;. Nothing is wrong now: the wizard should find no problems and change nothing.</source>
        <translation>Un utilisateur signale qu’« internet était lent ce matin ». Rien ne va mal maintenant : l&apos;assistant ne devrait trouver aucun problème et ne rien modifier.</translation>
    </message>
    <message>
        <source>Connected, but no DNS server</source>
        <translation>Connecté, mais sans serveur DNS</translation>
    </message>
    <message>
        <source>A home-office user on a new router reports that &apos;the internet is down&apos;: Edge says DNS_PROBE_FINISHED_NO_INTERNET and Thunderbird cannot find mail.contoso.example. Yet the Wi-Fi shows &apos;Connected&apos; and the router&apos;s own page opens by its address. The ISP fixed the router&apos;s DHCP settings an hour ago. Find what is missing and get the PC to pick up the new settings.</source>
        <translation>Un utilisateur en télétravail avec un nouveau routeur signale qu’« internet ne marche plus » : Edge affiche DNS_PROBE_FINISHED_NO_INTERNET et Thunderbird ne trouve pas mail.contoso.example. Pourtant le Wi-Fi indique &apos;Connecté&apos; et la page du routeur s&apos;ouvre par son adresse. Le fournisseur d&apos;accès a corrigé les paramètres DHCP du routeur il y a une heure. Trouvez ce qui manque et faites en sorte que le PC prenne les nouveaux paramètres.</translation>
    </message>
    <message>
        <source>Adware installed a layered provider</source>
        <translation>Un logiciel publicitaire a installé un fournisseur en couche</translation>
    </message>
    <message>
        <source>Since installing a free &apos;internet accelerator&apos;, Outlook and Chrome fail at random with &apos;error 10056&apos;. Several programs are affected, so the machine itself is suspect. Find what sits in the Winsock catalog, and remove only that.</source>
        <translation>Depuis l&apos;installation d&apos;un &apos;accélérateur internet&apos; gratuit, Outlook et Chrome échouent au hasard avec &apos;error 10056&apos;. Plusieurs programmes sont touchés : l&apos;ordinateur lui-même est suspect. Trouvez ce qui se trouve dans le catalogue Winsock, et supprimez seulement cela.</translation>
    </message>
    <message>
        <source>An uninstalled antivirus left its provider behind</source>
        <translation>Un antivirus désinstallé a laissé son fournisseur derrière lui</translation>
    </message>
    <message>
        <source>Yesterday the old NOD32 antivirus was uninstalled to make room for the company&apos;s new one. Since this morning Chrome, Outlook and Teams cannot connect at all (&apos;error 10106&apos; in Chrome, &apos;socket error 10056&apos; in Outlook). Find out what the uninstaller left behind and remove it, without resetting more than needed.</source>
        <translation>Hier, l&apos;ancien antivirus NOD32 a été désinstallé pour faire place au nouveau de l&apos;entreprise. Depuis ce matin, Chrome, Outlook et Teams ne se connectent plus du tout (&apos;error 10106&apos; dans Chrome, &apos;socket error 10056&apos; dans Outlook). Trouvez ce que le programme de désinstallation a laissé et supprimez-le, sans réinitialiser plus que nécessaire.</translation>
    </message>
    <message>
        <source>A program uses up the local ports</source>
        <translation>Un programme épuise les ports locaux</translation>
    </message>
    <message>
        <source>Since the inventory agent was updated on Friday, this PC gets slower at connecting every day until nothing connects (&apos;error 10055: no buffer space available&apos;, sometimes 10056 in Outlook); a reboot helps for a day. Find which program holds the ports, and free them without rebooting the whole machine.</source>
        <translation>Depuis la mise à jour de l&apos;agent d&apos;inventaire vendredi, ce PC se connecte chaque jour plus lentement jusqu&apos;à ce que plus rien ne se connecte (&apos;error 10055: no buffer space available&apos;, parfois 10056 dans Outlook) ; un redémarrage aide pour une journée. Trouvez quel programme détient les ports et libérez-les sans redémarrer tout l&apos;ordinateur.</translation>
    </message>
    <message>
        <source>A fixed address that a reset would wipe</source>
        <translation>Une adresse fixe qu&apos;une réinitialisation effacerait</translation>
    </message>
    <message>
        <source>The reception PC prints visitor badges on a printer that only accepts this PC&apos;s fixed address, 10.20.30.41 (there is no DHCP on the reception network). Since someone installed Proxifier to reach a blocked site, BadgeDesk fails with &apos;socket error 10056&apos;. A colleague says: just run &apos;netsh int ip reset&apos; and &apos;netsh winsock reset&apos;. Fix it without losing the fixed address.</source>
        <translation>Le PC de l&apos;accueil imprime les badges des visiteurs sur une imprimante qui n&apos;accepte que l&apos;adresse fixe de ce PC, 10.20.30.41 (il n&apos;y a pas de DHCP sur le réseau de l&apos;accueil). Depuis que quelqu&apos;un a installé Proxifier pour accéder à un site bloqué, BadgeDesk échoue avec &apos;socket error 10056&apos;. Un collègue dit : lance simplement &apos;netsh int ip reset&apos; et &apos;netsh winsock reset&apos;. Corrigez le problème sans perdre l&apos;adresse fixe.</translation>
    </message>
    <message>
        <source>loaded into process %1: %2</source>
        <translation>chargé dans le processus %1 : %2</translation>
    </message>
    <message>
        <source>%1 (not run)</source>
        <translation>%1 (non exécuté)</translation>
    </message>
    <message>
        <source>needs admin</source>
        <translation>nécessite des droits d&apos;administrateur</translation>
    </message>
    <message>
        <source>needs reboot</source>
        <translation>nécessite un redémarrage</translation>
    </message>
    <message>
        <source>drops connections</source>
        <translation>coupe les connexions</translation>
    </message>
    <message>
        <source>can cut the machine off</source>
        <translation>peut couper l&apos;ordinateur du réseau</translation>
    </message>
    <message>
        <source>the simulated machine (catalog, processes, sockets, adapters, events, reachability) and the fixes applied to it</source>
        <translation>l&apos;ordinateur simulé (catalogue, processus, sockets, cartes réseau, événements, hôtes joignables) et les correctifs qui lui ont été appliqués</translation>
    </message>
    <message>
        <source>Empties the local DNS cache of systemd-resolved, so stale or poisoned answers are looked up again. Nothing else changes.</source>
        <translation>Vide le cache DNS local de systemd-resolved, pour que les réponses obsolètes ou empoisonnées soient de nouveau recherchées. Rien d&apos;autre ne change.</translation>
    </message>
    <message>
        <source>nothing: a DNS cache cannot be put back, and it refills by itself</source>
        <translation>rien : un cache DNS ne peut pas être remis en place, et il se remplit tout seul</translation>
    </message>
    <message>
        <source>nothing to put back: the DNS cache refills by itself</source>
        <translation>rien à remettre en place : le cache DNS se remplit tout seul</translation>
    </message>
    <message>
        <source>restore requested</source>
        <translation>restauration demandée</translation>
    </message>
    <message>
        <source>unknown: check the machine by hand</source>
        <translation>inconnu : vérifiez l&apos;ordinateur manuellement</translation>
    </message>
    <message>
        <source>apply</source>
        <translation>application</translation>
    </message>
    <message>
        <source>restore</source>
        <translation>restauration</translation>
    </message>
    <message>
        <source>connectivity was confirmed; the change was kept</source>
        <translation>la connectivité a été confirmée ; la modification a été conservée</translation>
    </message>
    <message>
        <source>a revert was asked for</source>
        <translation>une annulation a été demandée</translation>
    </message>
    <message>
        <source>the administrator password prompt was dismissed or refused</source>
        <translation>la demande du mot de passe administrateur a été fermée ou refusée</translation>
    </message>
    <message>
        <source>Reset the Winsock catalog (%1)</source>
        <translation>Réinitialiser le catalogue Winsock (%1)</translation>
    </message>
    <message>
        <source>Remove one layered provider (%1)</source>
        <translation>Supprimer un fournisseur en couche (%1)</translation>
    </message>
    <message>
        <source>Keep layered providers out of one application (%1)</source>
        <translation>Tenir les fournisseurs en couche à l&apos;écart d&apos;une application (%1)</translation>
    </message>
    <message>
        <source>Reset TCP/IP and re-apply the static configuration (%1)</source>
        <translation>Réinitialiser TCP/IP et réappliquer la configuration statique (%1)</translation>
    </message>
    <message>
        <source>Flush the DNS cache (%1)</source>
        <translation>Vider le cache DNS (%1)</translation>
    </message>
    <message>
        <source>Restart a network adapter (%1)</source>
        <translation>Redémarrer une carte réseau (%1)</translation>
    </message>
    <message>
        <source>Restart a service (%1)</source>
        <translation>Redémarrer un service (%1)</translation>
    </message>
    <message>
        <source>Re-apply an adapter&apos;s IP configuration (%1)</source>
        <translation>Réappliquer la configuration IP d&apos;une carte réseau (%1)</translation>
    </message>
    <message>
        <source>Remove a library from /etc/ld.so.preload (%1)</source>
        <translation>Supprimer une bibliothèque de /etc/ld.so.preload (%1)</translation>
    </message>
    <message>
        <source>%1 (as scenario &apos;%2&apos; says)</source>
        <translation>%1 (selon le scénario « %2 »)</translation>
    </message>
    <message>
        <source>Re-apply the IP configuration of %1</source>
        <translation>Réappliquer la configuration IP de %1</translation>
    </message>
    <message>
        <source>Clears the addresses of %1 and applies its configuration again — NetworkManager&apos;s profile where NetworkManager manages it, otherwise exactly the addresses and routes captured in the snapshot — which drops stale routes and addresses without losing a static configuration.</source>
        <translation>Efface les adresses de %1 et applique de nouveau sa configuration — le profil NetworkManager si NetworkManager la gère, sinon exactement les adresses et routes enregistrées dans l&apos;instantané —, ce qui supprime les routes et adresses obsolètes sans perdre une configuration statique.</translation>
    </message>
    <message>
        <source>Restart network interface %1</source>
        <translation>Redémarrer l&apos;interface réseau %1</translation>
    </message>
    <message>
        <source>Takes %1 down and up again, which resets its driver state and drops its connections, then re-adds the IPv6 addresses and routes the kernel removes on the way, so its configuration stays as it is.</source>
        <translation>Désactive puis réactive %1, ce qui réinitialise l&apos;état de son pilote et coupe ses connexions, puis rajoute les adresses et routes IPv6 que le noyau supprime au passage : sa configuration reste donc telle quelle.</translation>
    </message>
    <message>
        <source>Restart the service %1</source>
        <translation>Redémarrer le service %1</translation>
    </message>
    <message>
        <source>Stops and starts %1 through systemd, which clears a service stuck with half-open connections. Its own connections drop while it restarts.</source>
        <translation>Arrête et redémarre %1 via systemd, ce qui débloque un service coincé avec des connexions semi-ouvertes. Ses propres connexions sont coupées pendant le redémarrage.</translation>
    </message>
    <message>
        <source>%1 (whether the unit was running)</source>
        <translation>%1 (si l&apos;unité était en cours d&apos;exécution)</translation>
    </message>
    <message>
        <source>The dynamic loader injects every library listed in %1 into every program, as a layered provider does on Windows. Removing %2 stops it from intercepting the programs&apos; sockets; the library itself stays on disk, and the snapshot can put the entry back.</source>
        <translation>Le chargeur dynamique injecte chaque bibliothèque listée dans %1 dans chaque programme, comme le fait un fournisseur en couche sous Windows. Supprimer %2 l&apos;empêche d&apos;intercepter les sockets des programmes ; la bibliothèque elle-même reste sur le disque, et l&apos;instantané peut remettre l&apos;entrée en place.</translation>
    </message>
    <message>
        <source>a copy of %1 (bytes and permissions)</source>
        <translation>une copie de %1 (octets et autorisations)</translation>
    </message>
    <message>
        <source>then %1 is rewritten without %2 (atomically: temporary file, rename)</source>
        <translation>puis %1 est réécrit sans %2 (de façon atomique : fichier temporaire, renommage)</translation>
    </message>
    <message>
        <source>Remove %1 from %2</source>
        <translation>Supprimer %1 de %2</translation>
    </message>
    <message>
        <source>systemd-resolved is not running (no %1): this machine keeps no local DNS cache to flush</source>
        <translation>systemd-resolved ne s&apos;exécute pas (pas de %1) : cet ordinateur n&apos;a aucun cache DNS local à vider</translation>
    </message>
    <message>
        <source>resolvectl cannot be run: %1</source>
        <translation>impossible d&apos;exécuter resolvectl : %1</translation>
    </message>
    <message>
        <source>there is no network interface called &apos;%1&apos; here</source>
        <translation>il n&apos;y a pas d&apos;interface réseau nommée « %1 » ici</translation>
    </message>
    <message>
        <source>the DNS cache holds %1 entries right after the flush</source>
        <translation>le cache DNS contient %1 entrées juste après le vidage</translation>
    </message>
    <message>
        <source>%1 has the addresses, routes and state of snapshot %2</source>
        <translation>%1 a les adresses, les routes et l&apos;état de l&apos;instantané %2</translation>
    </message>
    <message>
        <source>could not write the journal first: %1</source>
        <translation>impossible d&apos;écrire d&apos;abord le journal : %1</translation>
    </message>
    <message>
        <source>the fix did not work: %1</source>
        <translation>le correctif n&apos;a pas fonctionné : %1</translation>
    </message>
    <message>
        <source>changed as intended; snapshot %1 can undo it</source>
        <translation>modifié comme prévu ; l&apos;instantané %1 peut l&apos;annuler</translation>
    </message>
    <message>
        <source>changed, but whether it worked could not be verified; snapshot %1 can undo it</source>
        <translation>modifié, mais son effet n&apos;a pas pu être vérifié ; l&apos;instantané %1 peut l&apos;annuler</translation>
    </message>
    <message>
        <source>the journal could not be written: %1</source>
        <translation>impossible d&apos;écrire le journal : %1</translation>
    </message>
    <message>
        <source>changed; the next run of wsafix will roll back to snapshot %1</source>
        <translation>modifié ; la prochaine exécution de wsafix reviendra à l&apos;instantané %1</translation>
    </message>
    <message>
        <source>%1; the rollback failed: %2</source>
        <translation>%1 ; l&apos;annulation a échoué : %2</translation>
    </message>
    <message>
        <source>%1; rolled back</source>
        <translation>%1 ; annulé</translation>
    </message>
    <message>
        <source>NOT as before the fix: restore snapshot %1 (wsafix snapshots restore %2)</source>
        <translation>PAS comme avant le correctif : restaurez l&apos;instantané %1 (wsafix snapshots restore %2)</translation>
    </message>
    <message>
        <source>NOT as before the fix: restore snapshot %1 by hand</source>
        <translation>PAS comme avant le correctif : restaurez l&apos;instantané %1 manuellement</translation>
    </message>
    <message>
        <source>as before the fix (snapshot %1)</source>
        <translation>comme avant le correctif (instantané %1)</translation>
    </message>
    <message>
        <source>restored snapshot %1</source>
        <translation>instantané %1 restauré</translation>
    </message>
    <message>
        <source>an interrupted %1 of %2 on %3 (not this machine, %4) was left as it is</source>
        <translation>une %1 interrompue de %2 sur %3 (pas cet ordinateur, %4) a été laissée telle quelle</translation>
    </message>
    <message>
        <source>unknown for %1</source>
        <translation>inconnu pour %1</translation>
    </message>
    <message>
        <source>an earlier %1 of %2 was interrupted (the process ended at step %3)</source>
        <translation>une %1 antérieure de %2 a été interrompue (le processus s&apos;est arrêté à l&apos;étape %3)</translation>
    </message>
    <message>
        <source>an interrupted %1 of %2 cannot be rolled back: %3</source>
        <translation>une %1 interrompue de %2 ne peut pas être annulée : %3</translation>
    </message>
    <message>
        <source>%1 needs administrator rights, and on the simulated machine &apos;%2&apos; wsafix runs without them (its scenario says &quot;elevated&quot;: false)</source>
        <translation>%1 nécessite des droits d&apos;administrateur, et sur l&apos;ordinateur simulé « %2 » wsafix s&apos;exécute sans eux (son scénario indique &quot;elevated&quot;: false)</translation>
    </message>
    <message>
        <source>%1 needs administrator rights to change the network configuration, and wsafix runs without them: run it from a command prompt opened with &quot;Run as administrator&quot;, or ask an administrator</source>
        <translation>%1 nécessite des droits d&apos;administrateur pour modifier la configuration réseau, et wsafix s&apos;exécute sans eux : lancez-le depuis une invite de commandes ouverte avec « Exécuter en tant qu&apos;administrateur », ou demandez à un administrateur</translation>
    </message>
    <message>
        <source>%1 needs root (administrator) rights to change the network configuration, and wsafix runs as an ordinary user: run it as root (sudo wsafix fix ...) or ask an administrator</source>
        <translation>%1 nécessite des droits root (administrateur) pour modifier la configuration réseau, et wsafix s&apos;exécute en tant qu&apos;utilisateur ordinaire : exécutez-le en tant que root (sudo wsafix fix ...) ou demandez à un administrateur</translation>
    </message>
    <message>
        <source>the guard refuses to watch: %1; nothing was changed</source>
        <translation>le garde-fou refuse la surveillance : %1 ; rien n&apos;a été modifié</translation>
    </message>
    <message>
        <source>the guard cannot write its state: %1</source>
        <translation>le garde-fou ne peut pas écrire son état : %1</translation>
    </message>
    <message>
        <source>%1: the auto-revert guard restored snapshot %2 (%3) — machine: %4</source>
        <translation>%1 : le garde-fou de restauration automatique a restauré l&apos;instantané %2 (%3) — ordinateur : %4</translation>
    </message>
    <message>
        <source>%1: the auto-revert guard could not restore snapshot %2 (%3) — machine: %4</source>
        <translation>%1 : le garde-fou de restauration automatique n&apos;a pas pu restaurer l&apos;instantané %2 (%3) — ordinateur : %4</translation>
    </message>
    <message>
        <source>connectivity was not confirmed within %1 s</source>
        <translation>la connectivité n&apos;a pas été confirmée dans les %1 s</translation>
    </message>
    <message>
        <source>auto-revert guard: connectivity was not confirmed in time; %1</source>
        <translation>garde-fou de restauration automatique : la connectivité n&apos;a pas été confirmée à temps ; %1</translation>
    </message>
    <message>
        <source>the program to run elevated must be an absolute path: %1</source>
        <translation>le programme à exécuter avec élévation doit être un chemin absolu : %1</translation>
    </message>
    <message>
        <source>pkexec could not start (%1); ask an administrator to run: sudo %2 fix ...</source>
        <translation>pkexec n&apos;a pas pu démarrer (%1) ; demandez à un administrateur d&apos;exécuter : sudo %2 fix ...</translation>
    </message>
    <message>
        <source>the elevated fix step did not end within %1 s</source>
        <translation>l&apos;étape de correctif avec élévation ne s&apos;est pas terminée dans les %1 s</translation>
    </message>
    <message>
        <source>not authorized, or no authentication agent is running (pkexec: %1)</source>
        <translation>non autorisé, ou aucun agent d&apos;authentification ne s&apos;exécute (pkexec : %1)</translation>
    </message>
    <message>
        <source>the fix step ran as root (pkexec) and exited with %1</source>
        <translation>l&apos;étape de correctif s&apos;est exécutée en tant que root (pkexec) et s&apos;est terminée avec %1</translation>
    </message>
    <message>
        <source>%1; the auto-revert guard did not report back (see %2)</source>
        <translation>%1 ; le garde-fou de restauration automatique n&apos;a pas répondu (voir %2)</translation>
    </message>
    <message>
        <source>neither $XDG_CONFIG_HOME nor $HOME is an absolute path, so there is no autostart folder</source>
        <translation>ni $XDG_CONFIG_HOME ni $HOME n&apos;est un chemin absolu : il n&apos;y a donc pas de dossier de démarrage automatique</translation>
    </message>
    <message>
        <source>the autostart entry %1 could not be written: %2</source>
        <translation>impossible d&apos;écrire l&apos;entrée de démarrage automatique %1 : %2</translation>
    </message>
    <message>
        <source>the autostart entry %1 could not be removed: %2</source>
        <translation>impossible de supprimer l&apos;entrée de démarrage automatique %1 : %2</translation>
    </message>
    <message>
        <source>The program wanted a network port that is already taken, either by another program or by an earlier copy of itself that has not let go of it yet.</source>
        <translation>Le programme voulait un port réseau déjà pris, soit par un autre programme, soit par une copie précédente de lui-même qui ne l&apos;a pas encore libéré.</translation>
    </message>
    <message>
        <source>The program asked to use a network address that this computer does not have, or an address that cannot be used at all, such as port 0.</source>
        <translation>Le programme a demandé une adresse réseau que cet ordinateur n&apos;a pas, ou une adresse inutilisable, comme le port 0.</translation>
    </message>
    <message>
        <source>Windows reports that the network is not working on this computer, so no program can connect right now.</source>
        <translation>Windows signale que le réseau ne fonctionne pas sur cet ordinateur : aucun programme ne peut se connecter pour l&apos;instant.</translation>
    </message>
    <message>
        <source>This computer knows no way to the network the program wants to reach; often the connection to the router or to the VPN is missing.</source>
        <translation>Cet ordinateur ne connaît aucun chemin vers le réseau que le programme veut atteindre ; souvent, la connexion au routeur ou au VPN manque.</translation>
    </message>
    <message>
        <source>An open connection broke because the other side stopped answering while the program was still using it.</source>
        <translation>Une connexion ouverte s&apos;est rompue parce que l&apos;autre côté a cessé de répondre pendant que le programme l&apos;utilisait encore.</translation>
    </message>
    <message>
        <source>Software on this computer closed an open connection, for example a firewall, an antivirus program or the program itself after waiting too long.</source>
        <translation>Un logiciel de cet ordinateur a fermé une connexion ouverte, par exemple un pare-feu, un antivirus ou le programme lui-même après une trop longue attente.</translation>
    </message>
    <message>
        <source>The computer at the other end closed the connection abruptly. The problem is usually on that server or on the way to it, not on this computer.</source>
        <translation>L&apos;ordinateur à l&apos;autre bout a fermé la connexion brutalement. Le problème se trouve en général sur ce serveur ou sur le chemin qui y mène, pas sur cet ordinateur.</translation>
    </message>
    <message>
        <source>Windows ran out of resources for network connections, usually because one program has opened far too many of them.</source>
        <translation>Windows n&apos;a plus de ressources pour les connexions réseau, en général parce qu&apos;un programme en a ouvert beaucoup trop.</translation>
    </message>
    <message>
        <source>The program tried to send or receive over a connection that was not open: never opened, or already closed.</source>
        <translation>Le programme a voulu envoyer ou recevoir sur une connexion qui n&apos;était pas ouverte : jamais ouverte, ou déjà fermée.</translation>
    </message>
    <message>
        <source>The computer the program tried to reach did not answer in time. It may be switched off or blocked by a firewall, or the address may be wrong.</source>
        <translation>L&apos;ordinateur que le programme voulait joindre n&apos;a pas répondu à temps. Il est peut-être éteint ou bloqué par un pare-feu, ou l&apos;adresse est fausse.</translation>
    </message>
    <message>
        <source>The computer the program tried to reach answered, but nothing accepts connections on that port: the service there is stopped, or the port number is wrong.</source>
        <translation>L&apos;ordinateur que le programme voulait joindre a répondu, mais rien n&apos;accepte de connexion sur ce port : le service y est arrêté, ou le numéro de port est faux.</translation>
    </message>
    <message>
        <source>The computer the program tried to reach seems to be switched off or disconnected.</source>
        <translation>L&apos;ordinateur que le programme voulait joindre semble éteint ou déconnecté.</translation>
    </message>
    <message>
        <source>This computer found no way to reach the other computer; often the local network or the VPN connection is missing.</source>
        <translation>Cet ordinateur n&apos;a trouvé aucun chemin vers l&apos;autre ordinateur ; souvent, le réseau local ou la connexion VPN manque.</translation>
    </message>
    <message>
        <source>Windows&apos; networking component is not ready, so the program cannot use the network at all. Restarting the computer often helps; if not, the network setup needs repair.</source>
        <translation>Le composant réseau de Windows n&apos;est pas prêt : le programme ne peut pas du tout utiliser le réseau. Redémarrer l&apos;ordinateur aide souvent ; sinon, la configuration réseau doit être réparée.</translation>
    </message>
    <message>
        <source>The program did not prepare Windows networking before using it. This is a fault in the program; updating or reinstalling it is the remedy, not a repair of Windows.</source>
        <translation>Le programme n&apos;a pas préparé le réseau de Windows avant de l&apos;utiliser. C&apos;est une erreur du programme : le remède est de le mettre à jour ou de le réinstaller, pas de réparer Windows.</translation>
    </message>
    <message>
        <source>A networking add-on installed into Windows cannot start, so programs cannot use the network. This usually comes from leftover VPN, proxy or security software.</source>
        <translation>Une extension réseau installée dans Windows ne peut pas démarrer : les programmes ne peuvent pas utiliser le réseau. Cela vient en général de restes d&apos;un logiciel VPN, proxy ou de sécurité.</translation>
    </message>
    <message>
        <source>A basic Windows networking operation failed where it should never fail; usually the Winsock setup is damaged or a networking add-on misbehaves.</source>
        <translation>Une opération réseau de base de Windows a échoué là où elle ne devrait jamais échouer ; en général, la configuration Winsock est endommagée ou une extension réseau se comporte mal.</translation>
    </message>
    <message>
        <source>The computer name or web address the program uses could not be found. It may be misspelled, or the name service (DNS) cannot be reached.</source>
        <translation>Le nom d&apos;ordinateur ou l&apos;adresse web qu&apos;utilise le programme est introuvable. Il est peut-être mal orthographié, ou le service de noms (DNS) est injoignable.</translation>
    </message>
    <message>
        <source>The name lookup got no answer this time; trying again in a moment may work. If it keeps failing, the DNS server cannot be reached.</source>
        <translation>La résolution de nom n&apos;a pas obtenu de réponse cette fois ; réessayer dans un instant peut fonctionner. Si elle échoue encore, le serveur DNS est injoignable.</translation>
    </message>
    <message>
        <source>The name exists, but has no address of the kind the program asked for, for example no IPv4 address.</source>
        <translation>Le nom existe, mais n&apos;a pas d&apos;adresse du type demandé par le programme, par exemple pas d&apos;adresse IPv4.</translation>
    </message>
    <message>
        <source>bind() asked for a local address and port that an existing socket holds, or one that is still closing (TIME_WAIT). After a bind() to a wildcard address the error can surface later, in connect() or listen(). Client code rarely needs bind(): connect() picks a free local port by itself.</source>
        <translation>bind() a demandé une adresse et un port locaux qu&apos;un socket existant détient, ou qui sont encore en cours de fermeture (TIME_WAIT). Après un bind() sur une adresse générique, l&apos;erreur peut apparaître plus tard, dans connect() ou listen(). Un client a rarement besoin de bind() : connect() choisit lui-même un port local libre.</translation>
    </message>
    <message>
        <source>Another program, or a second copy of the same program, already listens on that port.</source>
        <translation>Un autre programme, ou une deuxième copie du même programme, écoute déjà sur ce port.</translation>
    </message>
    <message>
        <source>The program restarted and its previous connections still hold the port while they close (TIME_WAIT).</source>
        <translation>Le programme a redémarré et ses connexions précédentes occupent encore le port pendant leur fermeture (TIME_WAIT).</translation>
    </message>
    <message>
        <source>A program opens and closes outgoing connections so fast that Windows has to reuse local ports too early (Tcpip event 4227 in the System log).</source>
        <translation>Un programme ouvre et ferme des connexions sortantes si vite que Windows doit réutiliser des ports locaux trop tôt (événement Tcpip 4227 dans le journal Système).</translation>
    </message>
    <message>
        <source>The sockets probe shows which process owns the port. A second copy of the same program: close it. Tcpip event 4227 points at a program that churns connections, not at a broken machine.</source>
        <translation>L&apos;examen sockets montre quel processus détient le port. Une deuxième copie du même programme : fermez-la. L&apos;événement Tcpip 4227 désigne un programme qui multiplie les connexions, pas un ordinateur en panne.</translation>
    </message>
    <message>
        <source>bind() named a local address that no interface of this machine has, or connect()/sendto() named a remote address or port that is not valid (for example 0.0.0.0 or port 0). On Linux, EADDRNOTAVAIL from connect() also means that no free local port was left for an outgoing connection.</source>
        <translation>bind() a indiqué une adresse locale qu&apos;aucune interface de cet ordinateur ne possède, ou connect()/sendto() a indiqué une adresse ou un port distant non valide (par exemple 0.0.0.0 ou le port 0). Sous Linux, EADDRNOTAVAIL renvoyé par connect() signifie aussi qu&apos;il ne restait aucun port local libre pour une connexion sortante.</translation>
    </message>
    <message>
        <source>The program is set to use a local IP address the machine no longer has (a new DHCP lease, a removed adapter, a disconnected VPN).</source>
        <translation>Le programme est configuré pour utiliser une adresse IP locale que l&apos;ordinateur n&apos;a plus (un nouveau bail DHCP, une carte réseau retirée, un VPN déconnecté).</translation>
    </message>
    <message>
        <source>The target address or port in the program&apos;s settings is empty or zero.</source>
        <translation>L&apos;adresse ou le port cible dans les réglages du programme est vide ou nul.</translation>
    </message>
    <message>
        <source>On Linux: every local port for outgoing connections is in use.</source>
        <translation>Sous Linux : tous les ports locaux pour les connexions sortantes sont utilisés.</translation>
    </message>
    <message>
        <source>Compare the address in the program&apos;s settings with the adapters probe: a missing address means the adapter or its lease changed.</source>
        <translation>Comparez l&apos;adresse des réglages du programme avec l&apos;examen adapters : une adresse absente signifie que la carte réseau ou son bail a changé.</translation>
    </message>
    <message>
        <source>The operation met a dead network: a failure of the protocol stack, of the network interface or of the local network. The arguments of the call are not the cause.</source>
        <translation>L&apos;opération a rencontré un réseau mort : une défaillance de la pile de protocoles, de l&apos;interface réseau ou du réseau local. Les arguments de l&apos;appel ne sont pas en cause.</translation>
    </message>
    <message>
        <source>The network adapter is disabled, unplugged, or its driver stopped.</source>
        <translation>La carte réseau est désactivée, débranchée, ou son pilote s&apos;est arrêté.</translation>
    </message>
    <message>
        <source>The local network itself is down (switch, Wi-Fi access point).</source>
        <translation>Le réseau local lui-même est en panne (commutateur, point d&apos;accès Wi-Fi).</translation>
    </message>
    <message>
        <source>The TCP/IP stack or the Winsock configuration is damaged, often after VPN or security software was removed.</source>
        <translation>La pile TCP/IP ou la configuration Winsock est endommagée, souvent après la suppression d&apos;un logiciel VPN ou de sécurité.</translation>
    </message>
    <message>
        <source>No adapter up in the adapters probe: start there. Adapters up but every program fails: suspect the stack and the Winsock catalog.</source>
        <translation>Aucune carte réseau active dans l&apos;examen adapters : commencez par là. Cartes actives mais tous les programmes échouent : soupçonnez la pile et le catalogue Winsock.</translation>
    </message>
    <message>
        <source>No route to the destination network: the routing table has no entry for the target address, typically because there is no default gateway.</source>
        <translation>Aucune route vers le réseau de destination : la table de routage n&apos;a pas d&apos;entrée pour l&apos;adresse cible, en général faute de passerelle par défaut.</translation>
    </message>
    <message>
        <source>No default gateway: the adapter has no DHCP lease, or a static setup lacks the gateway.</source>
        <translation>Pas de passerelle par défaut : la carte réseau n&apos;a pas de bail DHCP, ou une configuration statique n&apos;a pas de passerelle.</translation>
    </message>
    <message>
        <source>The VPN that routes the target network is disconnected.</source>
        <translation>Le VPN qui route le réseau cible est déconnecté.</translation>
    </message>
    <message>
        <source>The target is an IPv6 address and this machine has no IPv6 route.</source>
        <translation>La cible est une adresse IPv6 et cet ordinateur n&apos;a pas de route IPv6.</translation>
    </message>
    <message>
        <source>The adapters probe lists gateways: no gateway on any adapter that is up explains the error.</source>
        <translation>L&apos;examen adapters liste les passerelles : l&apos;absence de passerelle sur toute carte active explique l&apos;erreur.</translation>
    </message>
    <message>
        <source>Keep-alive probes found the connection dead while an operation was in progress. Operations in progress fail with WSAENETRESET, later ones with WSAECONNRESET. setsockopt(SO_KEEPALIVE) on a connection that has already failed returns it too.</source>
        <translation>Les sondes keep-alive ont trouvé la connexion morte pendant qu&apos;une opération était en cours. Les opérations en cours échouent avec WSAENETRESET, les suivantes avec WSAECONNRESET. setsockopt(SO_KEEPALIVE) sur une connexion déjà en échec la renvoie aussi.</translation>
    </message>
    <message>
        <source>The network path dropped for a while (Wi-Fi, VPN reconnect, a laptop that slept).</source>
        <translation>Le chemin réseau a été coupé un moment (Wi-Fi, reconnexion VPN, un portable mis en veille).</translation>
    </message>
    <message>
        <source>The remote host rebooted or lost its network.</source>
        <translation>L&apos;hôte distant a redémarré ou a perdu son réseau.</translation>
    </message>
    <message>
        <source>A firewall or NAT device forgot the idle connection.</source>
        <translation>Un pare-feu ou un équipement NAT a oublié la connexion inactive.</translation>
    </message>
    <message>
        <source>Look for adapter or VPN changes at the time of the error in the event log, and check whether only one server is affected.</source>
        <translation>Cherchez dans le journal des événements des changements de carte réseau ou de VPN au moment de l&apos;erreur, et vérifiez si un seul serveur est touché.</translation>
    </message>
    <message>
        <source>The local stack aborted an established connection, possibly because of a data transmission time-out or a protocol error. Security software that filters traffic on this machine can abort connections too.</source>
        <translation>La pile locale a interrompu une connexion établie, peut-être à cause d&apos;un délai de transmission dépassé ou d&apos;une erreur de protocole. Un logiciel de sécurité qui filtre le trafic sur cet ordinateur peut aussi interrompre des connexions.</translation>
    </message>
    <message>
        <source>Retransmissions timed out: the network path lost data for too long.</source>
        <translation>Les retransmissions ont expiré : le chemin réseau a perdu des données trop longtemps.</translation>
    </message>
    <message>
        <source>A local firewall, antivirus or VPN program cut the connection.</source>
        <translation>Un pare-feu local, un antivirus ou un programme VPN a coupé la connexion.</translation>
    </message>
    <message>
        <source>A layered service provider in the Winsock catalog interfered.</source>
        <translation>Un fournisseur de services en couche du catalogue Winsock est intervenu.</translation>
    </message>
    <message>
        <source>Several programs losing connections at once: look at the Winsock catalog and security software. One program only: look at its own time-outs.</source>
        <translation>Plusieurs programmes perdent leurs connexions en même temps : examinez le catalogue Winsock et les logiciels de sécurité. Un seul programme : examinez ses propres délais d&apos;attente.</translation>
    </message>
    <message>
        <source>The peer reset the connection: its program stopped or closed with an abortive close (SO_LINGER with a zero time-out), the host rebooted, or keep-alive found the connection broken. On a UDP socket, Windows reports an ICMP port-unreachable caused by an earlier send as WSAECONNRESET on a later receive.</source>
        <translation>Le correspondant a réinitialisé la connexion : son programme s&apos;est arrêté ou a fermé brutalement (SO_LINGER avec un délai nul), l&apos;hôte a redémarré, ou le keep-alive a trouvé la connexion rompue. Sur un socket UDP, Windows signale un ICMP « port inaccessible » dû à un envoi précédent par WSAECONNRESET lors d&apos;une réception ultérieure.</translation>
    </message>
    <message>
        <source>The server program crashed, restarted, or rejected the request and closed hard.</source>
        <translation>Le programme serveur a planté, redémarré, ou a rejeté la requête et fermé brutalement.</translation>
    </message>
    <message>
        <source>A firewall, proxy or load balancer between the two reset the connection.</source>
        <translation>Un pare-feu, un proxy ou un répartiteur de charge entre les deux a réinitialisé la connexion.</translation>
    </message>
    <message>
        <source>The server or its network went down.</source>
        <translation>Le serveur ou son réseau est tombé en panne.</translation>
    </message>
    <message>
        <source>Every client of the same server affected: the server is at fault. The connectivity probe to another host shows whether this machine&apos;s network is fine.</source>
        <translation>Tous les clients du même serveur sont touchés : le serveur est en cause. L&apos;examen connectivity vers un autre hôte montre si le réseau de cet ordinateur va bien.</translation>
    </message>
    <message>
        <source>The system lacked buffer space or a queue was full. In practice: too many sockets are open, or the range of local ports for outgoing connections is used up by connections left in TIME_WAIT.</source>
        <translation>Le système manquait de mémoire tampon ou une file d&apos;attente était pleine. En pratique : trop de sockets sont ouverts, ou la plage de ports locaux pour les connexions sortantes est épuisée par des connexions restées en TIME_WAIT.</translation>
    </message>
    <message>
        <source>A program leaks sockets, or opens connections faster than it closes them, and exhausts the local ports.</source>
        <translation>Un programme laisse fuir des sockets, ou ouvre des connexions plus vite qu&apos;il ne les ferme, et épuise les ports locaux.</translation>
    </message>
    <message>
        <source>Many programs together use all local ports (busy servers, aggressive monitoring tools).</source>
        <translation>De nombreux programmes utilisent ensemble tous les ports locaux (serveurs chargés, outils de supervision agressifs).</translation>
    </message>
    <message>
        <source>The machine is short of memory.</source>
        <translation>L&apos;ordinateur manque de mémoire.</translation>
    </message>
    <message>
        <source>The sockets probe counts sockets per process: one process with thousands of TIME_WAIT or BOUND sockets is the culprit, and restarting it frees them.</source>
        <translation>L&apos;examen sockets compte les sockets par processus : un processus avec des milliers de sockets en TIME_WAIT ou BOUND est le coupable, et le redémarrer les libère.</translation>
    </message>
    <message>
        <source>send() or recv() (or an option such as SO_KEEPALIVE) on a connection-oriented socket that is not connected, or sendto() on a datagram socket without a destination address.</source>
        <translation>send() ou recv() (ou une option comme SO_KEEPALIVE) sur un socket orienté connexion qui n&apos;est pas connecté, ou sendto() sur un socket datagramme sans adresse de destination.</translation>
    </message>
    <message>
        <source>The program uses the socket before its non-blocking connect() has completed, or after shutting it down.</source>
        <translation>Le programme utilise le socket avant la fin de son connect() non bloquant, ou après l&apos;avoir fermé (shutdown).</translation>
    </message>
    <message>
        <source>The connection was reset or dropped and the program did not notice.</source>
        <translation>La connexion a été réinitialisée ou coupée et le programme ne l&apos;a pas remarqué.</translation>
    </message>
    <message>
        <source>A datagram socket sends without an address.</source>
        <translation>Un socket datagramme envoie sans adresse.</translation>
    </message>
    <message>
        <source>One application affected: the application. If resets (10054) come just before it in the same log, look at the server or the network first.</source>
        <translation>Une seule application touchée : l&apos;application. Si des réinitialisations (10054) la précèdent de peu dans le même journal, examinez d&apos;abord le serveur ou le réseau.</translation>
    </message>
    <message>
        <source>The connection attempt got no answer within the retry period (not even a refusal), or an established connection stopped being acknowledged. A refusal would have been WSAECONNREFUSED; silence usually means a firewall that drops packets, a wrong address, or a broken path.</source>
        <translation>La tentative de connexion n&apos;a obtenu aucune réponse dans le délai de réessai (pas même un refus), ou une connexion établie a cessé d&apos;être acquittée. Un refus aurait donné WSAECONNREFUSED ; le silence signifie en général un pare-feu qui rejette les paquets sans réponse, une mauvaise adresse ou un chemin rompu.</translation>
    </message>
    <message>
        <source>A firewall on this machine, on the network or on the server silently drops the connection.</source>
        <translation>Un pare-feu sur cet ordinateur, sur le réseau ou sur le serveur rejette la connexion sans rien dire.</translation>
    </message>
    <message>
        <source>The server is down, or the address or port is wrong.</source>
        <translation>Le serveur est en panne, ou l&apos;adresse ou le port est faux.</translation>
    </message>
    <message>
        <source>The network path is broken or very lossy (no gateway, VPN down).</source>
        <translation>Le chemin réseau est rompu ou perd beaucoup de paquets (pas de passerelle, VPN coupé).</translation>
    </message>
    <message>
        <source>The connectivity probe tries the same host and port and another host: if only that target fails, the server or a firewall on the way is at fault.</source>
        <translation>L&apos;examen connectivity essaie le même hôte et port ainsi qu&apos;un autre hôte : si seule cette cible échoue, le serveur ou un pare-feu sur le chemin est en cause.</translation>
    </message>
    <message>
        <source>The target host answered with a reset: no socket listens on that address and port (the server is not running, listens on another port or interface, or its queue of pending connections is full), or a firewall rejects the connection actively.</source>
        <translation>L&apos;hôte cible a répondu par une réinitialisation : aucun socket n&apos;écoute sur cette adresse et ce port (le serveur ne tourne pas, écoute sur un autre port ou une autre interface, ou sa file de connexions en attente est pleine), ou un pare-feu rejette activement la connexion.</translation>
    </message>
    <message>
        <source>The server program or service is not running.</source>
        <translation>Le programme serveur ou le service ne tourne pas.</translation>
    </message>
    <message>
        <source>Wrong port, or the server listens only on another address (for example only on 127.0.0.1).</source>
        <translation>Mauvais port, ou le serveur n&apos;écoute que sur une autre adresse (par exemple uniquement sur 127.0.0.1).</translation>
    </message>
    <message>
        <source>A firewall rejects the connection.</source>
        <translation>Un pare-feu rejette la connexion.</translation>
    </message>
    <message>
        <source>The server&apos;s queue of pending connections is full.</source>
        <translation>La file des connexions en attente du serveur est pleine.</translation>
    </message>
    <message>
        <source>A refusal comes from the remote side. If the target is this machine, the sockets probe shows whether anything listens on the port.</source>
        <translation>Un refus vient du côté distant. Si la cible est cet ordinateur, l&apos;examen sockets montre si quelque chose écoute sur le port.</translation>
    </message>
    <message>
        <source>The destination host is down. Windows reports such conditions more often as WSAETIMEDOUT.</source>
        <translation>L&apos;hôte de destination est hors service. Windows signale plus souvent ces situations par WSAETIMEDOUT.</translation>
    </message>
    <message>
        <source>The target machine is off, asleep or disconnected.</source>
        <translation>L&apos;ordinateur cible est éteint, en veille ou déconnecté.</translation>
    </message>
    <message>
        <source>The name points to the wrong or an old machine, for example through a stale DNS entry.</source>
        <translation>Le nom désigne le mauvais ordinateur ou un ancien, par exemple à cause d&apos;une entrée DNS périmée.</translation>
    </message>
    <message>
        <source>The local network path is down.</source>
        <translation>Le chemin réseau local est coupé.</translation>
    </message>
    <message>
        <source>If other hosts answer the connectivity probe, the target is at fault.</source>
        <translation>Si d&apos;autres hôtes répondent à l&apos;examen connectivity, la cible est en cause.</translation>
    </message>
    <message>
        <source>No route to the host: the routing table has no usable route, or a router on the way reported the host unreachable.</source>
        <translation>Aucune route vers l&apos;hôte : la table de routage n&apos;a pas de route utilisable, ou un routeur sur le chemin a signalé l&apos;hôte inaccessible.</translation>
    </message>
    <message>
        <source>No default gateway, or the VPN for that network is down.</source>
        <translation>Pas de passerelle par défaut, ou le VPN de ce réseau est coupé.</translation>
    </message>
    <message>
        <source>A router or firewall on the way reports the host as unreachable.</source>
        <translation>Un routeur ou un pare-feu sur le chemin signale l&apos;hôte comme inaccessible.</translation>
    </message>
    <message>
        <source>The target is on a network this machine is not connected to.</source>
        <translation>La cible se trouve sur un réseau auquel cet ordinateur n&apos;est pas connecté.</translation>
    </message>
    <message>
        <source>The adapters probe lists gateways; the connectivity probe shows whether other hosts are reachable.</source>
        <translation>L&apos;examen adapters liste les passerelles ; l&apos;examen connectivity montre si d&apos;autres hôtes sont joignables.</translation>
    </message>
    <message>
        <source>WSAStartup() failed because the underlying network subsystem is unavailable. Microsoft&apos;s advice: check that the right Winsock DLL is found first on the path, that no second Winsock implementation is in use, and that all networking components are installed and configured.</source>
        <translation>WSAStartup() a échoué parce que le sous-système réseau sous-jacent est indisponible. Conseil de Microsoft : vérifiez que la bonne DLL Winsock est trouvée en premier dans le chemin, qu&apos;aucune seconde implémentation de Winsock n&apos;est utilisée et que tous les composants réseau sont installés et configurés.</translation>
    </message>
    <message>
        <source>The Winsock catalog or the network configuration is damaged, often after VPN or security software was removed.</source>
        <translation>Le catalogue Winsock ou la configuration réseau est endommagé, souvent après la suppression d&apos;un logiciel VPN ou de sécurité.</translation>
    </message>
    <message>
        <source>An old or foreign winsock.dll or wsock32.dll sits next to the program or on the path.</source>
        <translation>Une winsock.dll ou wsock32.dll ancienne ou étrangère se trouve à côté du programme ou dans le chemin.</translation>
    </message>
    <message>
        <source>Networking services are not running yet (very early at start-up) or are disabled.</source>
        <translation>Les services réseau ne tournent pas encore (très tôt au démarrage) ou sont désactivés.</translation>
    </message>
    <message>
        <source>Every program fails: the machine. One program fails: look for Winsock DLLs in its folder.</source>
        <translation>Tous les programmes échouent : l&apos;ordinateur. Un seul programme échoue : cherchez des DLL Winsock dans son dossier.</translation>
    </message>
    <message>
        <source>A Winsock function was called before a successful WSAStartup(), after WSACleanup() was called too many times, or after WSAStartup() failed and the failure was ignored. Sharing a socket with a task that did not start Winsock gives it too.</source>
        <translation>Une fonction Winsock a été appelée avant un WSAStartup() réussi, après trop d&apos;appels à WSACleanup(), ou après un échec de WSAStartup() ignoré. Partager un socket avec une tâche qui n&apos;a pas démarré Winsock le provoque aussi.</translation>
    </message>
    <message>
        <source>The program never calls WSAStartup(), for example in a DLL or a thread that starts early.</source>
        <translation>Le programme n&apos;appelle jamais WSAStartup(), par exemple dans une DLL ou un thread qui démarre tôt.</translation>
    </message>
    <message>
        <source>WSACleanup() is called once too often, for example by a library that shuts down while others still use sockets.</source>
        <translation>WSACleanup() est appelé une fois de trop, par exemple par une bibliothèque qui s&apos;arrête alors que d&apos;autres utilisent encore des sockets.</translation>
    </message>
    <message>
        <source>WSAStartup() failed (see 10091 and 10106) and the program carried on.</source>
        <translation>WSAStartup() a échoué (voir 10091 et 10106) et le programme a continué.</translation>
    </message>
    <message>
        <source>Only this program affected: the program. Other programs failing to start networking too: look for the causes of 10091 and 10106 in the Winsock catalog.</source>
        <translation>Seul ce programme est touché : le programme. D&apos;autres programmes n&apos;arrivent pas non plus à démarrer le réseau : cherchez les causes de 10091 et 10106 dans le catalogue Winsock.</translation>
    </message>
    <message>
        <source>A service provider&apos;s DLL could not be loaded (LoadLibrary failed), or its WSPStartup or NSPStartup failed. Typically a layered provider whose DLL was deleted while its entry stayed in the Winsock catalog.</source>
        <translation>La DLL d&apos;un fournisseur de services n&apos;a pas pu être chargée (échec de LoadLibrary), ou son WSPStartup ou NSPStartup a échoué. Typiquement un fournisseur en couche dont la DLL a été supprimée alors que son entrée est restée dans le catalogue Winsock.</translation>
    </message>
    <message>
        <source>An orphaned layered service provider: its DLL is missing after VPN, proxy or security software was uninstalled.</source>
        <translation>Un fournisseur de services en couche orphelin : sa DLL manque après la désinstallation d&apos;un logiciel VPN, proxy ou de sécurité.</translation>
    </message>
    <message>
        <source>A provider DLL that is broken or does not match the program&apos;s 32/64-bit architecture.</source>
        <translation>Une DLL de fournisseur défectueuse ou qui ne correspond pas à l&apos;architecture 32/64 bits du programme.</translation>
    </message>
    <message>
        <source>A damaged Winsock catalog in the registry.</source>
        <translation>Un catalogue Winsock endommagé dans le registre.</translation>
    </message>
    <message>
        <source>The catalog probe lists providers whose DLL is missing: one such entry explains the error in every program.</source>
        <translation>L&apos;examen catalog liste les fournisseurs dont la DLL manque : une seule de ces entrées explique l&apos;erreur dans tous les programmes.</translation>
    </message>
    <message>
        <source>A system call that should never fail did, for example a wait on events or the registry access to the protocol and namespace catalogs. It is also returned when a provider fails without giving an error code, which can point at a faulty service provider.</source>
        <translation>Un appel système qui ne devrait jamais échouer a échoué, par exemple une attente d&apos;événements ou l&apos;accès au registre des catalogues de protocoles et d&apos;espaces de noms. Il est aussi renvoyé quand un fournisseur échoue sans donner de code d&apos;erreur, ce qui peut désigner un fournisseur de services défectueux.</translation>
    </message>
    <message>
        <source>A faulty layered service provider.</source>
        <translation>Un fournisseur de services en couche défectueux.</translation>
    </message>
    <message>
        <source>Registry access to the Winsock catalogs fails.</source>
        <translation>L&apos;accès au registre des catalogues Winsock échoue.</translation>
    </message>
    <message>
        <source>The catalog probe shows third-party and orphaned providers; none there points at the registry itself.</source>
        <translation>L&apos;examen catalog montre les fournisseurs tiers et orphelins ; s&apos;il n&apos;y en a aucun, c&apos;est le registre lui-même qui est en cause.</translation>
    </message>
    <message>
        <source>Name resolution (getaddrinfo, gethostbyname) answered that the name is unknown. On Linux, getaddrinfo() reports this as EAI_NONAME (&quot;Name or service not known&quot;).</source>
        <translation>La résolution de noms (getaddrinfo, gethostbyname) a répondu que le nom est inconnu. Sous Linux, getaddrinfo() le signale par EAI_NONAME (« Name or service not known »).</translation>
    </message>
    <message>
        <source>The host name is misspelled or no longer exists.</source>
        <translation>Le nom d&apos;hôte est mal orthographié ou n&apos;existe plus.</translation>
    </message>
    <message>
        <source>The DNS server in use does not know internal names (VPN down, wrong DNS suffix).</source>
        <translation>Le serveur DNS utilisé ne connaît pas les noms internes (VPN coupé, mauvais suffixe DNS).</translation>
    </message>
    <message>
        <source>A stale answer in the DNS cache, or a wrong entry in the hosts file.</source>
        <translation>Une réponse périmée dans le cache DNS, ou une mauvaise entrée dans le fichier hosts.</translation>
    </message>
    <message>
        <source>Look up another well-known name: if that fails too, name resolution on this machine is at fault; if not, the name itself is.</source>
        <translation>Résolvez un autre nom bien connu : si cela échoue aussi, la résolution de noms de cet ordinateur est en cause ; sinon, c&apos;est le nom lui-même.</translation>
    </message>
    <message>
        <source>A temporary resolver failure: the local DNS server got no response from an authoritative server. On Linux, getaddrinfo() reports EAI_AGAIN (&quot;Temporary failure in name resolution&quot;).</source>
        <translation>Une défaillance temporaire de la résolution : le serveur DNS local n&apos;a pas reçu de réponse d&apos;un serveur faisant autorité. Sous Linux, getaddrinfo() renvoie EAI_AGAIN (« Temporary failure in name resolution »).</translation>
    </message>
    <message>
        <source>The DNS server is slow, overloaded or unreachable.</source>
        <translation>Le serveur DNS est lent, surchargé ou injoignable.</translation>
    </message>
    <message>
        <source>The network link is unstable.</source>
        <translation>La liaison réseau est instable.</translation>
    </message>
    <message>
        <source>A firewall blocks DNS (port 53).</source>
        <translation>Un pare-feu bloque le DNS (port 53).</translation>
    </message>
    <message>
        <source>If every lookup fails, check the DNS servers in the adapters probe; if only some do, the remote DNS servers are slow.</source>
        <translation>Si toutes les résolutions échouent, vérifiez les serveurs DNS dans l&apos;examen adapters ; si seules certaines échouent, les serveurs DNS distants sont lents.</translation>
    </message>
    <message>
        <source>The name resolved, but without a record of the requested type: for example an IPv6-only name asked for IPv4 addresses, or a name with only a mail (MX) record. On Linux, glibc&apos;s getaddrinfo() reports EAI_NODATA (&quot;No address associated with hostname&quot;).</source>
        <translation>Le nom a été résolu, mais sans enregistrement du type demandé : par exemple un nom uniquement IPv6 interrogé en IPv4, ou un nom n&apos;ayant qu&apos;un enregistrement de messagerie (MX). Sous Linux, getaddrinfo() de la glibc renvoie EAI_NODATA (« No address associated with hostname »).</translation>
    </message>
    <message>
        <source>The name has only IPv6 (or only IPv4) addresses and the program asks for the other kind.</source>
        <translation>Le nom n&apos;a que des adresses IPv6 (ou que IPv4) et le programme demande l&apos;autre type.</translation>
    </message>
    <message>
        <source>The DNS entry is incomplete, for example only a mail record.</source>
        <translation>L&apos;entrée DNS est incomplète, par exemple seulement un enregistrement de messagerie.</translation>
    </message>
    <message>
        <source>Split DNS answers differently inside and outside the VPN.</source>
        <translation>Le DNS scindé (split DNS) répond différemment à l&apos;intérieur et à l&apos;extérieur du VPN.</translation>
    </message>
    <message>
        <source>Compare the answer with and without the VPN; a flush of the DNS cache rules out a stale answer.</source>
        <translation>Comparez la réponse avec et sans VPN ; vider le cache DNS écarte une réponse périmée.</translation>
    </message>
    <message>
        <source>Specified event object handle is invalid.</source>
        <translation>Le handle d&apos;objet événement spécifié n&apos;est pas valide.</translation>
    </message>
    <message>
        <source>The handle is invalid.</source>
        <translation>Descripteur non valide.</translation>
    </message>
    <message>
        <source>Insufficient memory available.</source>
        <translation>Mémoire disponible insuffisante.</translation>
    </message>
    <message>
        <source>Not enough storage is available to process this command.</source>
        <translation>Espace de stockage insuffisant pour traiter cette commande.</translation>
    </message>
    <message>
        <source>One or more parameters are invalid.</source>
        <translation>Un ou plusieurs paramètres ne sont pas valides.</translation>
    </message>
    <message>
        <source>The parameter is incorrect.</source>
        <translation>Paramètre incorrect.</translation>
    </message>
    <message>
        <source>Overlapped operation aborted.</source>
        <translation>Opération avec chevauchement abandonnée.</translation>
    </message>
    <message>
        <source>The I/O operation has been aborted because of either a thread exit or an application request.</source>
        <translation>L&apos;opération d&apos;entrée/sortie a été abandonnée en raison de l&apos;arrêt d&apos;un thread ou d&apos;une demande de l&apos;application.</translation>
    </message>
    <message>
        <source>Overlapped I/O event object not in signaled state.</source>
        <translation>Objet événement d&apos;E/S avec chevauchement pas à l&apos;état signalé.</translation>
    </message>
    <message>
        <source>Overlapped I/O event is not in a signaled state.</source>
        <translation>L&apos;événement d&apos;E/S avec chevauchement n&apos;est pas dans un état signalé.</translation>
    </message>
    <message>
        <source>Overlapped operations will complete later.</source>
        <translation>Les opérations avec chevauchement se termineront plus tard.</translation>
    </message>
    <message>
        <source>Overlapped I/O operation is in progress.</source>
        <translation>Opération d&apos;E/S avec chevauchement en cours.</translation>
    </message>
    <message>
        <source>Interrupted function call.</source>
        <translation>Appel de fonction interrompu.</translation>
    </message>
    <message>
        <source>A blocking operation was interrupted by a call to WSACancelBlockingCall.</source>
        <translation>Une opération bloquante a été interrompue par un appel à WSACancelBlockingCall.</translation>
    </message>
    <message>
        <source>File handle is not valid.</source>
        <translation>Le handle de fichier n&apos;est pas valide.</translation>
    </message>
    <message>
        <source>The file handle supplied is not valid.</source>
        <translation>Le handle de fichier fourni n&apos;est pas valide.</translation>
    </message>
    <message>
        <source>Permission denied.</source>
        <translation>Autorisation refusée.</translation>
    </message>
    <message>
        <source>An attempt was made to access a socket in a way forbidden by its access permissions.</source>
        <translation>Une tentative d&apos;accès à un socket de manière interdite par ses autorisations d&apos;accès a été tentée.</translation>
    </message>
    <message>
        <source>Bad address.</source>
        <translation>Adresse incorrecte.</translation>
    </message>
    <message>
        <source>The system detected an invalid pointer address in attempting to use a pointer argument in a call.</source>
        <translation>Le système a détecté une adresse de pointeur non valide en essayant d&apos;utiliser un argument pointeur dans un appel.</translation>
    </message>
    <message>
        <source>Invalid argument.</source>
        <translation>Argument non valide.</translation>
    </message>
    <message>
        <source>An invalid argument was supplied.</source>
        <translation>Un argument non valide a été fourni.</translation>
    </message>
    <message>
        <source>Too many open files.</source>
        <translation>Trop de fichiers ouverts.</translation>
    </message>
    <message>
        <source>Too many open sockets.</source>
        <translation>Trop de sockets ouverts.</translation>
    </message>
    <message>
        <source>Resource temporarily unavailable.</source>
        <translation>Ressource temporairement indisponible.</translation>
    </message>
    <message>
        <source>A non-blocking socket operation could not be completed immediately.</source>
        <translation>Une opération non bloquante sur un socket n&apos;a pas pu être achevée immédiatement.</translation>
    </message>
    <message>
        <source>Operation now in progress.</source>
        <translation>Opération en cours.</translation>
    </message>
    <message>
        <source>A blocking operation is currently executing.</source>
        <translation>Une opération bloquante est en cours d&apos;exécution.</translation>
    </message>
    <message>
        <source>Operation already in progress.</source>
        <translation>Opération déjà en cours.</translation>
    </message>
    <message>
        <source>An operation was attempted on a non-blocking socket that already had an operation in progress.</source>
        <translation>Une opération a été tentée sur un socket non bloquant qui avait déjà une opération en cours.</translation>
    </message>
    <message>
        <source>Socket operation on nonsocket.</source>
        <translation>Opération de socket sur un élément qui n&apos;est pas un socket.</translation>
    </message>
    <message>
        <source>An operation was attempted on something that is not a socket.</source>
        <translation>Une opération a été tentée sur quelque chose qui n&apos;est pas un socket.</translation>
    </message>
    <message>
        <source>Destination address required.</source>
        <translation>Adresse de destination requise.</translation>
    </message>
    <message>
        <source>A required address was omitted from an operation on a socket.</source>
        <translation>Une adresse requise a été omise dans une opération sur un socket.</translation>
    </message>
    <message>
        <source>Message too long.</source>
        <translation>Message trop long.</translation>
    </message>
    <message>
        <source>A message sent on a datagram socket was larger than the internal message buffer or some other network limit, or the buffer used to receive a datagram into was smaller than the datagram itself.</source>
        <translation>Un message envoyé sur un socket datagramme était plus volumineux que la mémoire tampon interne des messages ou qu&apos;une autre limite réseau, ou la mémoire tampon de réception d&apos;un datagramme était plus petite que le datagramme lui-même.</translation>
    </message>
    <message>
        <source>Protocol wrong type for socket.</source>
        <translation>Type de protocole incorrect pour le socket.</translation>
    </message>
    <message>
        <source>A protocol was specified in the socket function call that does not support the semantics of the socket type requested.</source>
        <translation>Un protocole qui ne prend pas en charge la sémantique du type de socket demandé a été spécifié dans l&apos;appel de la fonction socket.</translation>
    </message>
    <message>
        <source>Bad protocol option.</source>
        <translation>Option de protocole incorrecte.</translation>
    </message>
    <message>
        <source>An unknown, invalid, or unsupported option or level was specified in a getsockopt or setsockopt call.</source>
        <translation>Une option ou un niveau inconnu, non valide ou non pris en charge a été spécifié dans un appel getsockopt ou setsockopt.</translation>
    </message>
    <message>
        <source>Protocol not supported.</source>
        <translation>Protocole non pris en charge.</translation>
    </message>
    <message>
        <source>The requested protocol has not been configured into the system, or no implementation for it exists.</source>
        <translation>Le protocole demandé n&apos;a pas été configuré dans le système, ou il n&apos;en existe aucune implémentation.</translation>
    </message>
    <message>
        <source>Socket type not supported.</source>
        <translation>Type de socket non pris en charge.</translation>
    </message>
    <message>
        <source>The support for the specified socket type does not exist in this address family.</source>
        <translation>Le type de socket spécifié n&apos;est pas pris en charge dans cette famille d&apos;adresses.</translation>
    </message>
    <message>
        <source>Operation not supported.</source>
        <translation>Opération non prise en charge.</translation>
    </message>
    <message>
        <source>The attempted operation is not supported for the type of object referenced.</source>
        <translation>L&apos;opération tentée n&apos;est pas prise en charge pour le type d&apos;objet référencé.</translation>
    </message>
    <message>
        <source>Protocol family not supported.</source>
        <translation>Famille de protocoles non prise en charge.</translation>
    </message>
    <message>
        <source>The protocol family has not been configured into the system or no implementation for it exists.</source>
        <translation>La famille de protocoles n&apos;a pas été configurée dans le système, ou il n&apos;en existe aucune implémentation.</translation>
    </message>
    <message>
        <source>Address family not supported by protocol family.</source>
        <translation>Famille d&apos;adresses non prise en charge par la famille de protocoles.</translation>
    </message>
    <message>
        <source>An address incompatible with the requested protocol was used.</source>
        <translation>Une adresse incompatible avec le protocole demandé a été utilisée.</translation>
    </message>
    <message>
        <source>Address already in use.</source>
        <translation>Adresse déjà utilisée.</translation>
    </message>
    <message>
        <source>Only one usage of each socket address (protocol/network address/port) is normally permitted.</source>
        <translation>Une seule utilisation de chaque adresse de socket (protocole/adresse réseau/port) est habituellement autorisée.</translation>
    </message>
    <message>
        <source>Cannot assign requested address.</source>
        <translation>Impossible d&apos;attribuer l&apos;adresse demandée.</translation>
    </message>
    <message>
        <source>The requested address is not valid in its context.</source>
        <translation>L&apos;adresse demandée n&apos;est pas valide dans son contexte.</translation>
    </message>
    <message>
        <source>Network is down.</source>
        <translation>Le réseau est hors service.</translation>
    </message>
    <message>
        <source>A socket operation encountered a dead network.</source>
        <translation>Une opération de socket a rencontré un réseau hors service.</translation>
    </message>
    <message>
        <source>Network is unreachable.</source>
        <translation>Le réseau est inaccessible.</translation>
    </message>
    <message>
        <source>A socket operation was attempted to an unreachable network.</source>
        <translation>Une opération de socket a été tentée vers un réseau inaccessible.</translation>
    </message>
    <message>
        <source>The connection has been broken due to keep-alive activity detecting a failure while the operation was in progress.</source>
        <translation>La connexion a été interrompue, car l&apos;activité keep-alive a détecté une défaillance pendant que l&apos;opération était en cours.</translation>
    </message>
    <message>
        <source>An established connection was aborted by the software in your host machine.</source>
        <translation>Une connexion établie a été abandonnée par un logiciel de votre ordinateur hôte.</translation>
    </message>
    <message>
        <source>An existing connection was forcibly closed by the remote host.</source>
        <translation>Une connexion existante a dû être fermée par l&apos;hôte distant.</translation>
    </message>
    <message>
        <source>An operation on a socket could not be performed because the system lacked sufficient buffer space or because a queue was full.</source>
        <translation>Une opération sur un socket n&apos;a pas pu être effectuée car le système ne disposait pas de mémoire tampon suffisante ou parce qu&apos;une file d&apos;attente était saturée.</translation>
    </message>
    <message>
        <source>A request to send or receive data was disallowed because the socket is not connected and (when sending on a datagram socket using a sendto call) no address was supplied.</source>
        <translation>Une requête d&apos;envoi ou de réception de données n&apos;a pas été autorisée, car le socket n&apos;est pas connecté et (lors de l&apos;envoi sur un socket datagramme avec un appel sendto) aucune adresse n&apos;a été fournie.</translation>
    </message>
    <message>
        <source>A request to send or receive data was disallowed because the socket had already been shut down in that direction with a previous shutdown call.</source>
        <translation>Une requête d&apos;envoi ou de réception de données n&apos;a pas été autorisée, car le socket avait déjà été fermé dans cette direction par un précédent appel shutdown.</translation>
    </message>
    <message>
        <source>Too many references to some kernel object.</source>
        <translation>Trop de références à un objet noyau.</translation>
    </message>
    <message>
        <source>Connection timed out.</source>
        <translation>Délai de connexion dépassé.</translation>
    </message>
    <message>
        <source>A connection attempt failed because the connected party did not properly respond after a period of time, or established connection failed because connected host has failed to respond.</source>
        <translation>Une tentative de connexion a échoué car le parti connecté n&apos;a pas répondu convenablement au-delà d&apos;une certaine durée ou une connexion établie a échoué car l&apos;hôte de connexion n&apos;a pas répondu.</translation>
    </message>
    <message>
        <source>Connection refused.</source>
        <translation>Connexion refusée.</translation>
    </message>
    <message>
        <source>No connection could be made because the target machine actively refused it.</source>
        <translation>Aucune connexion n&apos;a pu être établie car l&apos;ordinateur cible l&apos;a expressément refusée.</translation>
    </message>
    <message>
        <source>Cannot translate name.</source>
        <translation>Impossible de traduire le nom.</translation>
    </message>
    <message>
        <source>Name too long.</source>
        <translation>Nom trop long.</translation>
    </message>
    <message>
        <source>Name component or name was too long.</source>
        <translation>Un composant du nom ou le nom était trop long.</translation>
    </message>
    <message>
        <source>Host is down.</source>
        <translation>L&apos;hôte est hors service.</translation>
    </message>
    <message>
        <source>A socket operation failed because the destination host was down.</source>
        <translation>Une opération de socket a échoué car l&apos;hôte de destination était hors service.</translation>
    </message>
    <message>
        <source>No route to host.</source>
        <translation>Aucune route vers l&apos;hôte.</translation>
    </message>
    <message>
        <source>A socket operation was attempted to an unreachable host.</source>
        <translation>Une opération de socket a été tentée vers un hôte inaccessible.</translation>
    </message>
    <message>
        <source>Directory not empty.</source>
        <translation>Répertoire non vide.</translation>
    </message>
    <message>
        <source>Cannot remove a directory that is not empty.</source>
        <translation>Impossible de supprimer un répertoire qui n&apos;est pas vide.</translation>
    </message>
    <message>
        <source>Too many processes.</source>
        <translation>Trop de processus.</translation>
    </message>
    <message>
        <source>A Windows Sockets implementation may have a limit on the number of applications that may use it simultaneously.</source>
        <translation>Une implémentation de Windows Sockets peut limiter le nombre d&apos;applications qui l&apos;utilisent simultanément.</translation>
    </message>
    <message>
        <source>User quota exceeded.</source>
        <translation>Quota de l&apos;utilisateur dépassé.</translation>
    </message>
    <message>
        <source>Ran out of quota.</source>
        <translation>Quota épuisé.</translation>
    </message>
    <message>
        <source>Disk quota exceeded.</source>
        <translation>Quota de disque dépassé.</translation>
    </message>
    <message>
        <source>Ran out of disk quota.</source>
        <translation>Quota de disque épuisé.</translation>
    </message>
    <message>
        <source>Stale file handle reference.</source>
        <translation>Référence de handle de fichier périmée.</translation>
    </message>
    <message>
        <source>File handle reference is no longer available.</source>
        <translation>La référence de handle de fichier n&apos;est plus disponible.</translation>
    </message>
    <message>
        <source>Item is remote.</source>
        <translation>L&apos;élément est distant.</translation>
    </message>
    <message>
        <source>Item is not available locally.</source>
        <translation>L&apos;élément n&apos;est pas disponible localement.</translation>
    </message>
    <message>
        <source>Network subsystem is unavailable.</source>
        <translation>Le sous-système réseau est indisponible.</translation>
    </message>
    <message>
        <source>WSAStartup cannot function at this time because the underlying system it uses to provide network services is currently unavailable.</source>
        <translation>WSAStartup ne peut pas fonctionner actuellement car le système sous-jacent qu&apos;il utilise pour fournir les services réseau est indisponible.</translation>
    </message>
    <message>
        <source>Winsock.dll version out of range.</source>
        <translation>Version de Winsock.dll hors limites.</translation>
    </message>
    <message>
        <source>The Windows Sockets version requested is not supported.</source>
        <translation>La version de Windows Sockets demandée n&apos;est pas prise en charge.</translation>
    </message>
    <message>
        <source>Successful WSAStartup not yet performed.</source>
        <translation>WSAStartup n&apos;a pas encore été effectué avec succès.</translation>
    </message>
    <message>
        <source>Either the application has not called WSAStartup, or WSAStartup failed.</source>
        <translation>L&apos;application n&apos;a pas appelé WSAStartup, ou WSAStartup a échoué.</translation>
    </message>
    <message>
        <source>Graceful shutdown in progress.</source>
        <translation>Arrêt normal en cours.</translation>
    </message>
    <message>
        <source>Returned by WSARecv or WSARecvFrom to indicate the remote party has initiated a graceful shutdown sequence.</source>
        <translation>Renvoyé par WSARecv ou WSARecvFrom pour indiquer que le correspondant distant a lancé une séquence d&apos;arrêt normal.</translation>
    </message>
    <message>
        <source>No more results.</source>
        <translation>Plus de résultats.</translation>
    </message>
    <message>
        <source>No more results can be returned by WSALookupServiceNext.</source>
        <translation>WSALookupServiceNext ne peut plus renvoyer de résultats.</translation>
    </message>
    <message>
        <source>Call has been canceled.</source>
        <translation>L&apos;appel a été annulé.</translation>
    </message>
    <message>
        <source>A call to WSALookupServiceEnd was made while this call was still processing. The call has been canceled.</source>
        <translation>Un appel à WSALookupServiceEnd a été effectué alors que cet appel était encore en cours de traitement. L&apos;appel a été annulé.</translation>
    </message>
    <message>
        <source>Procedure call table is invalid.</source>
        <translation>La table d&apos;appels de procédures n&apos;est pas valide.</translation>
    </message>
    <message>
        <source>The procedure call table is invalid.</source>
        <translation>La table d&apos;appels de procédures n&apos;est pas valide.</translation>
    </message>
    <message>
        <source>Service provider is invalid.</source>
        <translation>Le fournisseur de services n&apos;est pas valide.</translation>
    </message>
    <message>
        <source>The requested service provider is invalid.</source>
        <translation>Le fournisseur de services demandé n&apos;est pas valide.</translation>
    </message>
    <message>
        <source>Service provider failed to initialize.</source>
        <translation>Le fournisseur de services n&apos;a pas pu s&apos;initialiser.</translation>
    </message>
    <message>
        <source>The requested service provider could not be loaded or initialized.</source>
        <translation>Le fournisseur de services demandé n&apos;a pas pu être chargé ni initialisé.</translation>
    </message>
    <message>
        <source>System call failure.</source>
        <translation>Échec d&apos;un appel système.</translation>
    </message>
    <message>
        <source>A system call has failed.</source>
        <translation>Un appel système a échoué.</translation>
    </message>
    <message>
        <source>Service not found.</source>
        <translation>Service introuvable.</translation>
    </message>
    <message>
        <source>No such service is known. The service cannot be found in the specified name space.</source>
        <translation>Ce service est inconnu. Le service est introuvable dans l&apos;espace de noms spécifié.</translation>
    </message>
    <message>
        <source>Class type not found.</source>
        <translation>Type de classe introuvable.</translation>
    </message>
    <message>
        <source>The specified class was not found.</source>
        <translation>La classe spécifiée est introuvable.</translation>
    </message>
    <message>
        <source>Call was canceled.</source>
        <translation>Appel annulé.</translation>
    </message>
    <message>
        <source>Database query was refused.</source>
        <translation>La requête de base de données a été refusée.</translation>
    </message>
    <message>
        <source>A database query failed because it was actively refused.</source>
        <translation>Une requête de base de données a échoué car elle a été activement refusée.</translation>
    </message>
    <message>
        <source>Host not found.</source>
        <translation>Hôte introuvable.</translation>
    </message>
    <message>
        <source>No such host is known.</source>
        <translation>Hôte inconnu.</translation>
    </message>
    <message>
        <source>Nonauthoritative host not found.</source>
        <translation>Hôte non officiel introuvable.</translation>
    </message>
    <message>
        <source>This is usually a temporary error during hostname resolution and means that the local server did not receive a response from an authoritative server.</source>
        <translation>Il s&apos;agit en général d&apos;une erreur temporaire lors de la résolution du nom d&apos;hôte : le serveur local n&apos;a pas reçu de réponse d&apos;un serveur faisant autorité.</translation>
    </message>
    <message>
        <source>This is a nonrecoverable error.</source>
        <translation>Il s&apos;agit d&apos;une erreur irrécupérable.</translation>
    </message>
    <message>
        <source>A non-recoverable error occurred during a database lookup.</source>
        <translation>Une erreur irrécupérable s&apos;est produite lors d&apos;une recherche dans la base de données.</translation>
    </message>
    <message>
        <source>Valid name, no data record of requested type.</source>
        <translation>Nom valide, aucun enregistrement du type demandé.</translation>
    </message>
    <message>
        <source>The requested name is valid, but no data of the requested type was found.</source>
        <translation>Le nom demandé est valide, mais aucune donnée du type demandé n&apos;a été trouvée.</translation>
    </message>
    <message>
        <source>QoS receivers.</source>
        <translation>Récepteurs QoS.</translation>
    </message>
    <message>
        <source>At least one reserve has arrived.</source>
        <translation>Au moins une réservation est arrivée.</translation>
    </message>
    <message>
        <source>QoS senders.</source>
        <translation>Expéditeurs QoS.</translation>
    </message>
    <message>
        <source>At least one path has arrived.</source>
        <translation>Au moins un chemin est arrivé.</translation>
    </message>
    <message>
        <source>No QoS senders.</source>
        <translation>Aucun expéditeur QoS.</translation>
    </message>
    <message>
        <source>There are no senders.</source>
        <translation>Il n&apos;y a pas d&apos;expéditeurs.</translation>
    </message>
    <message>
        <source>QoS no receivers.</source>
        <translation>Aucun récepteur QoS.</translation>
    </message>
    <message>
        <source>There are no receivers.</source>
        <translation>Il n&apos;y a pas de récepteurs.</translation>
    </message>
    <message>
        <source>QoS request confirmed.</source>
        <translation>Requête QoS confirmée.</translation>
    </message>
    <message>
        <source>Reserve has been confirmed.</source>
        <translation>La réservation a été confirmée.</translation>
    </message>
    <message>
        <source>QoS admission error.</source>
        <translation>Erreur d&apos;admission QoS.</translation>
    </message>
    <message>
        <source>Error due to lack of resources.</source>
        <translation>Erreur due à un manque de ressources.</translation>
    </message>
    <message>
        <source>QoS policy failure.</source>
        <translation>Échec de stratégie QoS.</translation>
    </message>
    <message>
        <source>Rejected for administrative reasons - bad credentials.</source>
        <translation>Rejeté pour des raisons administratives – informations d&apos;identification incorrectes.</translation>
    </message>
    <message>
        <source>QoS bad style.</source>
        <translation>Style QoS incorrect.</translation>
    </message>
    <message>
        <source>Unknown or conflicting style.</source>
        <translation>Style inconnu ou en conflit.</translation>
    </message>
    <message>
        <source>QoS bad object.</source>
        <translation>Objet QoS incorrect.</translation>
    </message>
    <message>
        <source>Problem with some part of the filterspec or providerspecific buffer in general.</source>
        <translation>Problème avec une partie de la spécification de filtre ou du tampon propre au fournisseur en général.</translation>
    </message>
    <message>
        <source>QoS traffic control error.</source>
        <translation>Erreur de contrôle du trafic QoS.</translation>
    </message>
    <message>
        <source>Problem with some part of the flowspec.</source>
        <translation>Problème avec une partie de la spécification de flux.</translation>
    </message>
    <message>
        <source>QoS generic error.</source>
        <translation>Erreur QoS générique.</translation>
    </message>
    <message>
        <source>General QOS error.</source>
        <translation>Erreur QOS générale.</translation>
    </message>
    <message>
        <source>QoS service type error.</source>
        <translation>Erreur de type de service QoS.</translation>
    </message>
    <message>
        <source>An invalid or unrecognized service type was found in the flowspec.</source>
        <translation>Un type de service non valide ou non reconnu a été trouvé dans la spécification de flux.</translation>
    </message>
    <message>
        <source>QoS flowspec error.</source>
        <translation>Erreur de spécification de flux QoS.</translation>
    </message>
    <message>
        <source>An invalid or inconsistent flowspec was found in the QOS structure.</source>
        <translation>Une spécification de flux non valide ou incohérente a été trouvée dans la structure QOS.</translation>
    </message>
    <message>
        <source>Invalid QoS provider buffer.</source>
        <translation>Tampon de fournisseur QoS non valide.</translation>
    </message>
    <message>
        <source>Invalid QOS provider-specific buffer.</source>
        <translation>Tampon QOS propre au fournisseur non valide.</translation>
    </message>
    <message>
        <source>Invalid QoS filter style.</source>
        <translation>Style de filtre QoS non valide.</translation>
    </message>
    <message>
        <source>An invalid QOS filter style was used.</source>
        <translation>Un style de filtre QOS non valide a été utilisé.</translation>
    </message>
    <message>
        <source>Invalid QoS filter type.</source>
        <translation>Type de filtre QoS non valide.</translation>
    </message>
    <message>
        <source>An invalid QOS filter type was used.</source>
        <translation>Un type de filtre QOS non valide a été utilisé.</translation>
    </message>
    <message>
        <source>Incorrect QoS filter count.</source>
        <translation>Nombre de filtres QoS incorrect.</translation>
    </message>
    <message>
        <source>An incorrect number of QOS FILTERSPECs were specified in the FLOWDESCRIPTOR.</source>
        <translation>Un nombre incorrect de FILTERSPEC QOS a été spécifié dans le FLOWDESCRIPTOR.</translation>
    </message>
    <message>
        <source>Invalid QoS object length.</source>
        <translation>Longueur d&apos;objet QoS non valide.</translation>
    </message>
    <message>
        <source>An object with an invalid ObjectLength field was specified in the QOS provider-specific buffer.</source>
        <translation>Un objet avec un champ ObjectLength non valide a été spécifié dans le tampon QOS propre au fournisseur.</translation>
    </message>
    <message>
        <source>Incorrect QoS flow count.</source>
        <translation>Nombre de flux QoS incorrect.</translation>
    </message>
    <message>
        <source>An incorrect number of flow descriptors was specified in the QOS structure.</source>
        <translation>Un nombre incorrect de descripteurs de flux a été spécifié dans la structure QOS.</translation>
    </message>
    <message>
        <source>Unrecognized QoS object.</source>
        <translation>Objet QoS non reconnu.</translation>
    </message>
    <message>
        <source>An unrecognized object was found in the QOS provider-specific buffer.</source>
        <translation>Un objet non reconnu a été trouvé dans le tampon QOS propre au fournisseur.</translation>
    </message>
    <message>
        <source>Invalid QoS policy object.</source>
        <translation>Objet de stratégie QoS non valide.</translation>
    </message>
    <message>
        <source>An invalid policy object was found in the QOS provider-specific buffer.</source>
        <translation>Un objet de stratégie non valide a été trouvé dans le tampon QOS propre au fournisseur.</translation>
    </message>
    <message>
        <source>Invalid QoS flow descriptor.</source>
        <translation>Descripteur de flux QoS non valide.</translation>
    </message>
    <message>
        <source>An invalid QOS flow descriptor was found in the flow descriptor list.</source>
        <translation>Un descripteur de flux QOS non valide a été trouvé dans la liste des descripteurs de flux.</translation>
    </message>
    <message>
        <source>Invalid QoS provider-specific flowspec.</source>
        <translation>Spécification de flux QoS propre au fournisseur non valide.</translation>
    </message>
    <message>
        <source>An invalid or inconsistent flowspec was found in the QOS provider specific buffer.</source>
        <translation>Une spécification de flux non valide ou incohérente a été trouvée dans le tampon QOS propre au fournisseur.</translation>
    </message>
    <message>
        <source>Invalid QoS provider-specific filterspec.</source>
        <translation>Spécification de filtre QoS propre au fournisseur non valide.</translation>
    </message>
    <message>
        <source>An invalid FILTERSPEC was found in the QOS provider-specific buffer.</source>
        <translation>Un FILTERSPEC non valide a été trouvé dans le tampon QOS propre au fournisseur.</translation>
    </message>
    <message>
        <source>Invalid QoS shape discard mode object.</source>
        <translation>Objet de mode d&apos;abandon de mise en forme QoS non valide.</translation>
    </message>
    <message>
        <source>An invalid shape discard mode object was found in the QOS provider specific buffer.</source>
        <translation>Un objet de mode d&apos;abandon de mise en forme non valide a été trouvé dans le tampon QOS propre au fournisseur.</translation>
    </message>
    <message>
        <source>Invalid QoS shaping rate object.</source>
        <translation>Objet de débit de mise en forme QoS non valide.</translation>
    </message>
    <message>
        <source>An invalid shaping rate object was found in the QOS provider-specific buffer.</source>
        <translation>Un objet de débit de mise en forme non valide a été trouvé dans le tampon QOS propre au fournisseur.</translation>
    </message>
    <message>
        <source>Reserved policy QoS element type.</source>
        <translation>Type d&apos;élément de stratégie QoS réservé.</translation>
    </message>
    <message>
        <source>A reserved policy element was found in the QOS provider-specific buffer.</source>
        <translation>Un élément de stratégie réservé a été trouvé dans le tampon QOS propre au fournisseur.</translation>
    </message>
    <message>
        <source>Interrupted system call</source>
        <translation>Appel système interrompu</translation>
    </message>
    <message>
        <source>Bad file descriptor</source>
        <translation>Mauvais descripteur de fichier</translation>
    </message>
    <message>
        <source>Permission denied</source>
        <translation>Permission non accordée</translation>
    </message>
    <message>
        <source>Bad address</source>
        <translation>Mauvaise adresse</translation>
    </message>
    <message>
        <source>Invalid argument</source>
        <translation>Argument invalide</translation>
    </message>
    <message>
        <source>Too many open files</source>
        <translation>Trop de fichiers ouverts</translation>
    </message>
    <message>
        <source>Resource temporarily unavailable</source>
        <translation>Ressource temporairement non disponible</translation>
    </message>
    <message>
        <source>Operation now in progress</source>
        <translation>Opération maintenant en cours</translation>
    </message>
    <message>
        <source>Operation already in progress</source>
        <translation>Opération déjà en cours</translation>
    </message>
    <message>
        <source>Socket operation on non-socket</source>
        <translation>Opération de type socket sur un élément qui n&apos;est pas un socket</translation>
    </message>
    <message>
        <source>Destination address required</source>
        <translation>Adresse de destination obligatoire</translation>
    </message>
    <message>
        <source>Message too long</source>
        <translation>Message trop long</translation>
    </message>
    <message>
        <source>Protocol wrong type for socket</source>
        <translation>Mauvais type de protocole pour le socket</translation>
    </message>
    <message>
        <source>Protocol not available</source>
        <translation>Protocole non disponible</translation>
    </message>
    <message>
        <source>Protocol not supported</source>
        <translation>Protocole non supporté</translation>
    </message>
    <message>
        <source>Socket type not supported</source>
        <translation>Type de socket non supporté</translation>
    </message>
    <message>
        <source>Operation not supported</source>
        <translation>Opération non supportée</translation>
    </message>
    <message>
        <source>Protocol family not supported</source>
        <translation>Famille de protocoles non supportée</translation>
    </message>
    <message>
        <source>Address family not supported by protocol</source>
        <translation>Famille d&apos;adresses non supportée par le protocole</translation>
    </message>
    <message>
        <source>Address already in use</source>
        <translation>Adresse déjà utilisée</translation>
    </message>
    <message>
        <source>Cannot assign requested address</source>
        <translation>Ne peut attribuer l&apos;adresse demandée</translation>
    </message>
    <message>
        <source>Network is down</source>
        <translation>Le réseau n&apos;est pas actif</translation>
    </message>
    <message>
        <source>Network is unreachable</source>
        <translation>Le réseau n&apos;est pas accessible</translation>
    </message>
    <message>
        <source>Network dropped connection on reset</source>
        <translation>Le réseau a rompu la connexion lors de la réinitialisation</translation>
    </message>
    <message>
        <source>Software caused connection abort</source>
        <translation>Connexion interrompue par un logiciel</translation>
    </message>
    <message>
        <source>Connection reset by peer</source>
        <translation>Connexion ré-initialisée par le correspondant</translation>
    </message>
    <message>
        <source>No buffer space available</source>
        <translation>Aucun espace tampon disponible</translation>
    </message>
    <message>
        <source>Transport endpoint is not connected</source>
        <translation>Le point d&apos;accès de transport n&apos;est pas connecté</translation>
    </message>
    <message>
        <source>Cannot send after transport endpoint shutdown</source>
        <translation>Ne peut envoyer après la fermeture du point d&apos;accès de transport</translation>
    </message>
    <message>
        <source>Too many references: cannot splice</source>
        <translation>Trop de références : ne peut raccorder</translation>
    </message>
    <message>
        <source>Connection timed out</source>
        <translation>Connexion expirée</translation>
    </message>
    <message>
        <source>Connection refused</source>
        <translation>Connexion refusée</translation>
    </message>
    <message>
        <source>Too many levels of symbolic links</source>
        <translation>Trop de niveaux de liens symboliques</translation>
    </message>
    <message>
        <source>File name too long</source>
        <translation>Nom de fichier trop long</translation>
    </message>
    <message>
        <source>Host is down</source>
        <translation>L&apos;hôte est arrêté</translation>
    </message>
    <message>
        <source>No route to host</source>
        <translation>Aucune route vers l&apos;hôte</translation>
    </message>
    <message>
        <source>Directory not empty</source>
        <translation>Répertoire non vide</translation>
    </message>
    <message>
        <source>Too many users</source>
        <translation>Trop d&apos;utilisateurs</translation>
    </message>
    <message>
        <source>Disk quota exceeded</source>
        <translation>Quota de disque dépassé</translation>
    </message>
    <message>
        <source>Stale file handle</source>
        <translation>Descripteur de fichier obsolète</translation>
    </message>
    <message>
        <source>Object is remote</source>
        <translation>L&apos;objet est distant</translation>
    </message>
    <message>
        <source>pasted text</source>
        <translation>texte collé</translation>
    </message>
    <message>
        <source>not a command output wsafix knows</source>
        <translation>pas une sortie de commande que wsafix connaît</translation>
    </message>
    <message>
        <source>not part of a catalog entry</source>
        <translation>ne fait partie d&apos;aucune entrée du catalogue</translation>
    </message>
    <message>
        <source>expected &apos;Label: value&apos; in a catalog entry</source>
        <translation>« Libellé : valeur » attendu dans une entrée du catalogue</translation>
    </message>
    <message>
        <source>not part of an event&apos;s details</source>
        <translation>ne fait pas partie des détails d&apos;un événement</translation>
    </message>
    <message>
        <source>not an ipconfig line</source>
        <translation>pas une ligne d&apos;ipconfig</translation>
    </message>
    <message>
        <source>not a Get-NetTCPConnection row</source>
        <translation>pas une ligne de Get-NetTCPConnection</translation>
    </message>
    <message>
        <source>a value cut short by PowerShell&apos;s column width (&apos;...&apos;)</source>
        <translation>une valeur tronquée par la largeur de colonne de PowerShell (« ... »)</translation>
    </message>
    <message>
        <source>a Get-NetTCPConnection row with a value that cannot be read</source>
        <translation>une ligne de Get-NetTCPConnection avec une valeur illisible</translation>
    </message>
    <message>
        <source>not a netsh command</source>
        <translation>pas une commande netsh</translation>
    </message>
    <message>
        <source>not part of netsh interface ip show config</source>
        <translation>ne fait pas partie de netsh interface ip show config</translation>
    </message>
    <message>
        <source>a setting before any interface</source>
        <translation>un réglage avant toute interface</translation>
    </message>
    <message>
        <source>a netstat row with an address or column that cannot be read</source>
        <translation>une ligne de netstat avec une adresse ou une colonne illisible</translation>
    </message>
    <message>
        <source>not a netstat line</source>
        <translation>pas une ligne de netstat</translation>
    </message>
    <message>
        <source>not part of a reset&apos;s output</source>
        <translation>ne fait pas partie de la sortie d&apos;une réinitialisation</translation>
    </message>
    <message>
        <source>not part of Test-NetConnection&apos;s output</source>
        <translation>ne fait pas partie de la sortie de Test-NetConnection</translation>
    </message>
    <message>
        <source>no reset step was listed</source>
        <translation>aucune étape de réinitialisation n&apos;est listée</translation>
    </message>
    <message>
        <source>No such file or directory</source>
        <translation>Aucun fichier ou dossier de ce type</translation>
    </message>
    <message>
        <source>Operation not permitted</source>
        <translation>Opération non permise</translation>
    </message>
    <message>
        <source>there is no journal to read: journalctl found no journal files (systemd-journald is not running or keeps no journal)</source>
        <translation>il n&apos;y a pas de journal à lire : journalctl n&apos;a trouvé aucun fichier journal (systemd-journald ne tourne pas ou ne tient pas de journal)</translation>
    </message>
    <message>
        <source>Empties the DNS client&apos;s cache (DnsFlushResolverCache, as `ipconfig /flushdns` does), so stale or poisoned answers are looked up again. Nothing else changes.</source>
        <translation>Vide le cache du client DNS (DnsFlushResolverCache, comme `ipconfig /flushdns`), afin que les réponses périmées ou empoisonnées soient redemandées. Rien d&apos;autre ne change.</translation>
    </message>
    <message>
        <source>Resets the Winsock catalog to the Windows defaults, which clears a damaged catalog or a broken layered provider. Warning: it also removes the layered providers of VPN clients, antivirus and web filters, which then stop working until they are repaired or reinstalled (remove-provider removes just one). Takes effect after a restart.</source>
        <translation>Rétablit les valeurs par défaut de Windows dans le catalogue Winsock, ce qui répare un catalogue endommagé ou un fournisseur en couche défectueux. Attention : cela supprime aussi les fournisseurs en couche des clients VPN, antivirus et filtres web, qui cessent alors de fonctionner jusqu&apos;à leur réparation ou réinstallation (remove-provider n&apos;en supprime qu&apos;un). Prend effet après un redémarrage.</translation>
    </message>
    <message>
        <source>DnsFlushResolverCache did not run in this process</source>
        <translation>DnsFlushResolverCache ne s&apos;est pas exécuté dans ce processus</translation>
    </message>
    <message>
        <source>WSCSetApplicationCategory did not run in this process</source>
        <translation>WSCSetApplicationCategory ne s&apos;est pas exécuté dans ce processus</translation>
    </message>
    <message>
        <source>netsh winsock reset did not run in this process</source>
        <translation>netsh winsock reset ne s&apos;est pas exécuté dans ce processus</translation>
    </message>
    <message>
        <source>the output of &apos;%1&apos; is not analysed</source>
        <translation>la sortie de « %1 » n&apos;est pas analysée</translation>
    </message>
    <message>
        <source>looks like %1 but nothing in it could be read</source>
        <translation>ressemble à %1 mais rien n&apos;a pu y être lu</translation>
    </message>
    <message>
        <source>unknown catalog field &apos;%1&apos;</source>
        <translation>champ de catalogue inconnu « %1 »</translation>
    </message>
    <message>
        <source>not an IP address: &apos;%1&apos;</source>
        <translation>pas une adresse IP : « %1 »</translation>
    </message>
    <message>
        <source>the entry at line %1 has no fields</source>
        <translation>l&apos;entrée de la ligne %1 n&apos;a aucun champ</translation>
    </message>
    <message>
        <source>the entry at line %1 has neither an entry type nor a provider path; it was skipped</source>
        <translation>l&apos;entrée de la ligne %1 n&apos;a ni type d&apos;entrée ni chemin de fournisseur ; elle a été ignorée</translation>
    </message>
    <message>
        <source>entry %1: neither the chain length nor the entry type says whether it is layered; read as a base provider</source>
        <translation>entrée %1 : ni la longueur de chaîne ni le type d&apos;entrée n&apos;indiquent si elle est en couche ; lue comme fournisseur de base</translation>
    </message>
    <message>
        <source>entry %1 is cut off after &apos;%2&apos;</source>
        <translation>l&apos;entrée %1 est coupée après « %2 »</translation>
    </message>
    <message>
        <source>entry %1 is incomplete after &apos;%2&apos;</source>
        <translation>l&apos;entrée %1 est incomplète après « %2 »</translation>
    </message>
    <message>
        <source>%1 name space provider entries (not used)</source>
        <translation>%1 entrées de fournisseurs d&apos;espace de noms (non utilisées)</translation>
    </message>
    <message>
        <source>event %1: the time &apos;%2&apos; is local time as shown (no Event Xml with the UTC time)</source>
        <translation>événement %1 : l&apos;heure « %2 » est l&apos;heure locale affichée (pas d&apos;Event Xml avec l&apos;heure UTC)</translation>
    </message>
    <message>
        <source>event %1: the Event Xml is cut off</source>
        <translation>événement %1 : l&apos;Event Xml est coupé</translation>
    </message>
    <message>
        <source>%1: %2 is marked %3</source>
        <translation>%1 : %2 est marqué %3</translation>
    </message>
    <message>
        <source>this output does not show link state: %1 interface(s) with an address are taken as connected</source>
        <translation>cette sortie ne montre pas l&apos;état des liaisons : %1 interface(s) avec une adresse sont considérées comme connectées</translation>
    </message>
    <message>
        <source>unknown TCP state &apos;%1&apos; (read as UNKNOWN)</source>
        <translation>état TCP inconnu « %1 » (lu comme UNKNOWN)</translation>
    </message>
    <message>
        <source>%1 step(s) failed</source>
        <translation>%1 étape(s) en échec</translation>
    </message>
    <message>
        <source>the test of %1 has no TCP port (a ping test); not used</source>
        <translation>le test de %1 n&apos;a pas de port TCP (un test ping) ; non utilisé</translation>
    </message>
    <message>
        <source>listing links: %1</source>
        <translation>liste des liaisons : %1</translation>
    </message>
    <message>
        <source>listing addresses: %1</source>
        <translation>liste des adresses : %1</translation>
    </message>
    <message>
        <source>listing routes: %1</source>
        <translation>liste des routes : %1</translation>
    </message>
    <message>
        <source>this user may not read the system journal (journalctl: %1)</source>
        <translation>cet utilisateur ne peut pas lire le journal système (journalctl : %1)</translation>
    </message>
    <message>
        <source>journalctl exited with code %1: %2</source>
        <translation>journalctl s&apos;est terminé avec le code %1 : %2</translation>
    </message>
    <message>
        <source>journalctl exited with code %1</source>
        <translation>journalctl s&apos;est terminé avec le code %1</translation>
    </message>
    <message>
        <source>journalctl: %1</source>
        <translation>journalctl : %1</translation>
    </message>
    <message>
        <source>%1 does not exist, so glibc uses its built-in order</source>
        <translation>%1 n&apos;existe pas, donc la glibc utilise son ordre intégré</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>impossible d&apos;ouvrir %1 : %2</translation>
    </message>
    <message>
        <source>cannot read the environment of process %1: it belongs to another user (run as that user, or as root)</source>
        <translation>impossible de lire l&apos;environnement du processus %1 : il appartient à un autre utilisateur (lancez en tant que cet utilisateur, ou en root)</translation>
    </message>
    <message>
        <source>systemd is not running on this machine (no %1), so there is no service manager to restart %2 with</source>
        <translation>systemd ne tourne pas sur cet ordinateur (pas de %1) : il n&apos;y a donc aucun gestionnaire de services pour redémarrer %2</translation>
    </message>
    <message>
        <source>%1 does not list %2 (nothing to remove)</source>
        <translation>%1 ne liste pas %2 (rien à supprimer)</translation>
    </message>
    <message>
        <source>fix %1: %2</source>
        <translation>correctif %1 : %2</translation>
    </message>
    <message>
        <source>the parameter %1</source>
        <translation>le paramètre %1</translation>
    </message>
    <message>
        <source>contains a control character (byte %1)</source>
        <translation>contient un caractère de contrôle (octet %1)</translation>
    </message>
    <message>
        <source>unknown fix &apos;%1&apos; (known here: %2)</source>
        <translation>correctif inconnu « %1 » (connus ici : %2)</translation>
    </message>
    <message>
        <source>%1 can cut the machine off, and wsafix runs in a remote session (%2): it runs only with the auto-revert guard armed, which puts the machine back if connectivity is not confirmed in time (do not pass --guard-timeout 0)</source>
        <translation>%1 peut couper l&apos;ordinateur du réseau, et wsafix tourne dans une session à distance (%2) : le correctif ne s&apos;exécute qu&apos;avec le garde-fou de restauration automatique armé, qui remet l&apos;ordinateur en l&apos;état si la connectivité n&apos;est pas confirmée à temps (ne passez pas --guard-timeout 0)</translation>
    </message>
    <message>
        <source>%1 would take down %2, the adapter that carries %3: it runs only with the auto-revert guard armed, which puts the machine back if connectivity is not confirmed in time (do not pass --guard-timeout 0)</source>
        <translation>%1 désactiverait %2, la carte réseau qui porte %3 : le correctif ne s&apos;exécute qu&apos;avec le garde-fou de restauration automatique armé, qui remet l&apos;ordinateur en l&apos;état si la connectivité n&apos;est pas confirmée à temps (ne passez pas --guard-timeout 0)</translation>
    </message>
    <message>
        <source>the SSH connection from %1 port %2 to %3 port %4, whose local address %5 no interface here holds</source>
        <translation>la connexion SSH de %1 port %2 vers %3 port %4, dont l&apos;adresse locale %5 n&apos;est portée par aucune interface ici</translation>
    </message>
    <message>
        <source>the SSH connection from %1 port %2 to %3 port %4</source>
        <translation>la connexion SSH de %1 port %2 vers %3 port %4</translation>
    </message>
    <message>
        <source>an SSH session whose $SSH_CONNECTION (&apos;%1&apos;) is not &apos;client port server port&apos;, so the adapter carrying it cannot be told</source>
        <translation>une session SSH dont $SSH_CONNECTION (« %1 ») n&apos;a pas la forme « client port serveur port » : la carte réseau qui la porte ne peut pas être déterminée</translation>
    </message>
    <message>
        <source>unknown scenario &apos;%1&apos;; built-in scenarios: %2; or give the path of a scenario file</source>
        <translation>scénario inconnu « %1 » ; scénarios intégrés : %2 ; ou indiquez le chemin d&apos;un fichier de scénario</translation>
    </message>
    <message>
        <source>%1: cannot open the scenario file</source>
        <translation>%1 : impossible d&apos;ouvrir le fichier de scénario</translation>
    </message>
    <message>
        <source>session %1 is not of the machine &apos;%2&apos;</source>
        <translation>la session %1 n&apos;est pas celle de l&apos;ordinateur « %2 »</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a session id (letters, digits and &apos;-&apos; only)</source>
        <translation>« %1 » n&apos;est pas un identifiant de session (lettres, chiffres et « - » uniquement)</translation>
    </message>
    <message>
        <source>%1: not a usable session file: %2</source>
        <translation>%1 : pas un fichier de session utilisable : %2</translation>
    </message>
    <message>
        <source>cannot save the session: %1</source>
        <translation>impossible d&apos;enregistrer la session : %1</translation>
    </message>
    <message>
        <source>Remove layered provider %1 from the Winsock catalog</source>
        <translation>Retirer le fournisseur en couche %1 du catalogue Winsock</translation>
    </message>
    <message>
        <source>Deinstalls the one layered provider with catalog id %1 (and the protocol chains built on it) instead of resetting the whole catalog. The product that installed it (VPN, antivirus, web filter) loses its network hook. Programs started afterwards no longer load it.</source>
        <translation>Désinstalle l&apos;unique fournisseur en couche d&apos;identifiant de catalogue %1 (et les chaînes de protocoles bâties dessus) au lieu de réinitialiser tout le catalogue. Le produit qui l&apos;a installé (VPN, antivirus, filtre web) perd son point d&apos;accroche au réseau. Les programmes lancés ensuite ne le chargent plus.</translation>
    </message>
    <message>
        <source>WSCDeinstallProvider of catalog entry %1 and of the chains built on it</source>
        <translation>WSCDeinstallProvider de l&apos;entrée de catalogue %1 et des chaînes bâties dessus</translation>
    </message>
    <message>
        <source>WSCDeinstallProvider for catalog entry %1</source>
        <translation>WSCDeinstallProvider pour l&apos;entrée de catalogue %1</translation>
    </message>
    <message>
        <source>the Winsock catalog cannot be read: %1</source>
        <translation>impossible de lire le catalogue Winsock : %1</translation>
    </message>
    <message>
        <source>nothing to remove for catalog id %1</source>
        <translation>rien à supprimer pour l&apos;identifiant de catalogue %1</translation>
    </message>
    <message>
        <source>the Winsock catalog cannot be read back: %1</source>
        <translation>impossible de relire le catalogue Winsock : %1</translation>
    </message>
    <message>
        <source>the catalog still lists %1 (%2)</source>
        <translation>le catalogue liste encore %1 (%2)</translation>
    </message>
    <message>
        <source>the catalog no longer lists provider %1 or a chain built on it</source>
        <translation>le catalogue ne liste plus le fournisseur %1 ni de chaîne bâtie dessus</translation>
    </message>
    <message>
        <source>Keep layered providers out of %1</source>
        <translation>Tenir les fournisseurs en couche à l&apos;écart de %1</translation>
    </message>
    <message>
        <source>Tells Winsock to load only system providers into %1 (WSCSetApplicationCategory), so a faulty layered provider of a VPN, antivirus or filter no longer runs inside it. Other programs keep the provider. Takes effect when the program starts again.</source>
        <translation>Indique à Winsock de ne charger que les fournisseurs système dans %1 (WSCSetApplicationCategory), afin qu&apos;un fournisseur en couche défectueux d&apos;un VPN, d&apos;un antivirus ou d&apos;un filtre n&apos;y tourne plus. Les autres programmes gardent le fournisseur. Prend effet au prochain démarrage du programme.</translation>
    </message>
    <message>
        <source>no program at &apos;%1&apos;</source>
        <translation>aucun programme à « %1 »</translation>
    </message>
    <message>
        <source>the permitted LSP categories of %1 (WSCGetApplicationCategory)</source>
        <translation>les catégories LSP autorisées de %1 (WSCGetApplicationCategory)</translation>
    </message>
    <message>
        <source>the previous LSP categories of %1 are unknown: %2</source>
        <translation>les catégories LSP précédentes de %1 sont inconnues : %2</translation>
    </message>
    <message>
        <source>the categories cannot be read back: %1</source>
        <translation>impossible de relire les catégories : %1</translation>
    </message>
    <message>
        <source>the LSP categories of %1 are back to %2</source>
        <translation>les catégories LSP de %1 sont revenues à %2</translation>
    </message>
    <message>
        <source>Restart the network adapter %1</source>
        <translation>Redémarrer la carte réseau %1</translation>
    </message>
    <message>
        <source>Disables and enables the network adapter %1 through its device, which resets its driver and its connections. Every connection through it drops, and the machine is off that network (and a remote session through it is cut) until it comes back.</source>
        <translation>Désactive puis réactive la carte réseau %1 par son périphérique, ce qui réinitialise son pilote et ses connexions. Toutes les connexions qui la traversent tombent, et l&apos;ordinateur est coupé de ce réseau (une session à distance qui passe par elle aussi) jusqu&apos;à son retour.</translation>
    </message>
    <message>
        <source>whether the device of adapter %1 is enabled</source>
        <translation>si le périphérique de la carte réseau %1 est activé</translation>
    </message>
    <message>
        <source>disable the device of adapter %1</source>
        <translation>désactiver le périphérique de la carte réseau %1</translation>
    </message>
    <message>
        <source>enable the device of adapter %1</source>
        <translation>activer le périphérique de la carte réseau %1</translation>
    </message>
    <message>
        <source>the device state cannot be read back: %1</source>
        <translation>impossible de relire l&apos;état du périphérique : %1</translation>
    </message>
    <message>
        <source>the device of adapter %1 was restarted and is enabled</source>
        <translation>le périphérique de la carte réseau %1 a été redémarré et est activé</translation>
    </message>
    <message>
        <source>the device of adapter %1 is still disabled</source>
        <translation>le périphérique de la carte réseau %1 est toujours désactivé</translation>
    </message>
    <message>
        <source>Stops and starts the service %1 through the Service Control Manager, which clears a service stuck with half-open connections. Its own connections drop while it restarts.</source>
        <translation>Arrête et redémarre le service %1 par le Gestionnaire de contrôle des services, ce qui débloque un service coincé avec des connexions à demi ouvertes. Ses propres connexions tombent pendant le redémarrage.</translation>
    </message>
    <message>
        <source>the state of the service %1 (running or stopped)</source>
        <translation>l&apos;état du service %1 (en cours ou arrêté)</translation>
    </message>
    <message>
        <source>stop the service %1</source>
        <translation>arrêter le service %1</translation>
    </message>
    <message>
        <source>start the service %1</source>
        <translation>démarrer le service %1</translation>
    </message>
    <message>
        <source>the service cannot be queried: %1</source>
        <translation>impossible d&apos;interroger le service : %1</translation>
    </message>
    <message>
        <source>%1 was restarted and runs (process %2)</source>
        <translation>%1 a été redémarré et tourne (processus %2)</translation>
    </message>
    <message>
        <source>%1; the catalog holds base providers only</source>
        <translation>%1 ; le catalogue ne contient plus que des fournisseurs de base</translation>
    </message>
    <message>
        <source>%1; the catalog still lists %2 layered or chain entries until Windows restarts</source>
        <translation>%1 ; le catalogue liste encore %2 entrées en couche ou de chaîne jusqu&apos;au redémarrage de Windows</translation>
    </message>
    <message>
        <source>the input is empty</source>
        <translation>l&apos;entrée est vide</translation>
    </message>
    <message>
        <source>the input holds no readable characters, only spaces or control characters</source>
        <translation>l&apos;entrée ne contient aucun caractère lisible, seulement des espaces ou des caractères de contrôle</translation>
    </message>
    <message>
        <source>nothing in the input looks like an error code, an error name or an error message (try 10056, 0x2748, WSAEISCONN, errno 106 or the message text)</source>
        <translation>rien dans l&apos;entrée ne ressemble à un code d&apos;erreur, à un nom d&apos;erreur ou à un message d&apos;erreur (essayez 10056, 0x2748, WSAEISCONN, errno 106 ou le texte du message)</translation>
    </message>
    <message>
        <source>full-width characters were read as plain ASCII</source>
        <translation>les caractères pleine chasse ont été lus comme de l&apos;ASCII simple</translation>
    </message>
    <message>
        <source>the catalog covers 6, 8, 87, 995-997, 10004-10112 and 11001-11031</source>
        <translation>le catalogue couvre 6, 8, 87, 995-997, 10004-10112 et 11001-11031</translation>
    </message>
    <message>
        <source>the number is larger than 32 bits, too large for a Windows error code</source>
        <translation>le nombre dépasse 32 bits, trop grand pour un code d&apos;erreur Windows</translation>
    </message>
    <message>
        <source>0 means success: no error</source>
        <translation>0 signifie succès : aucune erreur</translation>
    </message>
    <message>
        <source>%1 -&gt; %2</source>
        <translation>%1 -&gt; %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: %2</source>
        <translation>&apos;%1&apos; : %2</translation>
    </message>
    <message>
        <source>hexadecimal %1 = %2</source>
        <translation>hexadécimal %1 = %2</translation>
    </message>
    <message>
        <source>as a Linux errno: %1 (%2)</source>
        <translation>comme errno Linux : %1 (%2)</translation>
    </message>
    <message>
        <source>%1 = HRESULT %2 = HRESULT_FROM_WIN32(%3)</source>
        <translation>%1 = HRESULT %2 = HRESULT_FROM_WIN32(%3)</translation>
    </message>
    <message>
        <source>Microsoft&apos;s message for %1</source>
        <translation>le message de Microsoft pour %1</translation>
    </message>
    <message>
        <source>the Linux message (strerror) of %1</source>
        <translation>le message Linux (strerror) de %1</translation>
    </message>
    <message>
        <source>errno %1, above Linux&apos;s range, read as the Winsock code (Python 2 and some runtimes on Windows report WSAGetLastError() as errno)</source>
        <translation>errno %1, au-delà de la plage de Linux, lu comme code Winsock (Python 2 et certains environnements d&apos;exécution sous Windows renvoient WSAGetLastError() comme errno)</translation>
    </message>
    <message>
        <source>Windows error %1 is not a Winsock error (%2)</source>
        <translation>l&apos;erreur Windows %1 n&apos;est pas une erreur Winsock (%2)</translation>
    </message>
    <message>
        <source>errno %1 is not a socket error with a Winsock twin</source>
        <translation>errno %1 n&apos;est pas une erreur de socket ayant un équivalent Winsock</translation>
    </message>
    <message>
        <source>errno %1 is not a socket error with a Winsock twin (Linux defines errno values up to %2)</source>
        <translation>errno %1 n&apos;est pas une erreur de socket ayant un équivalent Winsock (Linux définit les valeurs errno jusqu&apos;à %2)</translation>
    </message>
    <message>
        <source>%1 carries Windows error %2, which is not a Winsock error (%3)</source>
        <translation>%1 porte l&apos;erreur Windows %2, qui n&apos;est pas une erreur Winsock (%3)</translation>
    </message>
    <message>
        <source>%1 is E_FAIL, the generic HRESULT that .NET puts on every SocketException; the Winsock error is in the message or in SocketException.ErrorCode</source>
        <translation>%1 est E_FAIL, le HRESULT générique que .NET met sur chaque SocketException ; l&apos;erreur Winsock se trouve dans le message ou dans SocketException.ErrorCode</translation>
    </message>
    <message>
        <source>%1 has facility %2, not FACILITY_WIN32 (7), so it carries no Winsock error</source>
        <translation>%1 a la facility %2, pas FACILITY_WIN32 (7) : il ne porte donc aucune erreur Winsock</translation>
    </message>
    <message>
        <source>a %1-digit number is too long to be an error code</source>
        <translation>un nombre de %1 chiffres est trop long pour un code d&apos;erreur</translation>
    </message>
    <message>
        <source>%1 is not an error code: -1 (SOCKET_ERROR) only says that the call failed; the code itself is in WSAGetLastError() or errno</source>
        <translation>%1 n&apos;est pas un code d&apos;erreur : -1 (SOCKET_ERROR) indique seulement que l&apos;appel a échoué ; le code lui-même se trouve dans WSAGetLastError() ou errno</translation>
    </message>
    <message>
        <source>%1 is too large to be an HRESULT</source>
        <translation>%1 est trop grand pour un HRESULT</translation>
    </message>
    <message>
        <source>%1 alone can be a Windows error code or a Linux errno (write &apos;errno %2&apos; or &apos;WinError %3&apos; to say which)</source>
        <translation>%1 seul peut être un code d&apos;erreur Windows ou un errno Linux (écrivez &apos;errno %2&apos; ou &apos;WinError %3&apos; pour préciser)</translation>
    </message>
    <message>
        <source>%1 alone can be a Windows error code or a Linux errno (write &apos;errno %2&apos; or &apos;WinError %3&apos; to say which); as a Windows error code it is not a Winsock error</source>
        <translation>%1 seul peut être un code d&apos;erreur Windows ou un errno Linux (écrivez &apos;errno %2&apos; ou &apos;WinError %3&apos; pour préciser) ; comme code d&apos;erreur Windows, ce n&apos;est pas une erreur Winsock</translation>
    </message>
    <message>
        <source>%1 alone can be a Windows error code or a Linux errno (write &apos;errno %2&apos; or &apos;WinError %3&apos; to say which); as a Linux errno it is not a socket error</source>
        <translation>%1 seul peut être un code d&apos;erreur Windows ou un errno Linux (écrivez &apos;errno %2&apos; ou &apos;WinError %3&apos; pour préciser) ; comme errno Linux, ce n&apos;est pas une erreur de socket</translation>
    </message>
    <message>
        <source>%1 alone can be a Windows error code or a Linux errno (write &apos;errno %2&apos; or &apos;WinError %3&apos; to say which); as a Windows error code it is not a Winsock error; as a Linux errno it is not a socket error</source>
        <translation>%1 seul peut être un code d&apos;erreur Windows ou un errno Linux (écrivez &apos;errno %2&apos; ou &apos;WinError %3&apos; pour préciser) ; comme code d&apos;erreur Windows, ce n&apos;est pas une erreur Winsock ; comme errno Linux, ce n&apos;est pas une erreur de socket</translation>
    </message>
    <message>
        <source>this message belongs to %1 codes</source>
        <translation>ce message appartient à %1 codes</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a known error name</source>
        <translation>&apos;%1&apos; n&apos;est pas un nom d&apos;erreur connu</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not followed by a number</source>
        <translation>&apos;%1&apos; n&apos;est pas suivi d&apos;un nombre</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no digits after it</source>
        <translation>&apos;%1&apos; n&apos;est suivi d&apos;aucun chiffre</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a hexadecimal number</source>
        <translation>&apos;%1&apos; n&apos;est pas un nombre hexadécimal</translation>
    </message>
    <message>
        <source>the input names %1 different errors: %2</source>
        <translation>l&apos;entrée cite %1 erreurs différentes : %2</translation>
    </message>
    <message>
        <source>the input also names a code that is not in the catalog, so %1 is not certain</source>
        <translation>l&apos;entrée cite aussi un code absent du catalogue : %1 n&apos;est donc pas certain</translation>
    </message>
    <message>
        <source>numbers without an error marker were not taken as codes: %1 (and %2 more)</source>
        <translation>les nombres sans marqueur d&apos;erreur n&apos;ont pas été pris pour des codes : %1 (et %2 de plus)</translation>
    </message>
    <message>
        <source>numbers without an error marker were not taken as codes: %1</source>
        <translation>les nombres sans marqueur d&apos;erreur n&apos;ont pas été pris pour des codes : %1</translation>
    </message>
    <message>
        <source>only the first %1 codes were read</source>
        <translation>seuls les %1 premiers codes ont été lus</translation>
    </message>
    <message>
        <source>the input is %1 bytes long; only the first %2 were read</source>
        <translation>l&apos;entrée fait %1 octets ; seuls les %2 premiers ont été lus</translation>
    </message>
    <message>
        <source>%1 digits were read as 0-9</source>
        <translation>les chiffres %1 ont été lus comme 0-9</translation>
    </message>
    <message>
        <source>%1 NUL byte(s) were read as spaces</source>
        <translation>%1 octet(s) NUL ont été lus comme des espaces</translation>
    </message>
    <message>
        <source>the input is not valid UTF-8: %1 byte(s) could not be read and were skipped</source>
        <translation>l&apos;entrée n&apos;est pas de l&apos;UTF-8 valide : %1 octet(s) n&apos;ont pas pu être lus et ont été ignorés</translation>
    </message>
    <message>
        <source>an SSH session (sshd, process %1, is an ancestor of wsafix) whose connection cannot be read</source>
        <translation>une session SSH (sshd, processus %1, est un ancêtre de wsafix) dont la connexion ne peut pas être lue</translation>
    </message>
    <message>
        <source>the Remote Desktop session, whose client address Windows does not tell</source>
        <translation>la session Bureau à distance, dont Windows ne donne pas l&apos;adresse du client</translation>
    </message>
    <message>
        <source>the remote session, whose client address Windows does not tell</source>
        <translation>la session à distance, dont Windows ne donne pas l&apos;adresse du client</translation>
    </message>
    <message>
        <source>the Remote Desktop session, its client address has address family %1</source>
        <translation>la session Bureau à distance ; l&apos;adresse de son client a la famille d&apos;adresses %1</translation>
    </message>
    <message>
        <source>the remote session, its client address has address family %1</source>
        <translation>la session à distance ; l&apos;adresse de son client a la famille d&apos;adresses %1</translation>
    </message>
    <message>
        <source>the Remote Desktop session, no adapter here routes to its client %1</source>
        <translation>la session Bureau à distance ; aucune carte réseau ici ne mène à son client %1</translation>
    </message>
    <message>
        <source>the remote session, no adapter here routes to its client %1</source>
        <translation>la session à distance ; aucune carte réseau ici ne mène à son client %1</translation>
    </message>
    <message>
        <source>the Remote Desktop session from %1</source>
        <translation>la session Bureau à distance depuis %1</translation>
    </message>
    <message>
        <source>the remote session from %1</source>
        <translation>la session à distance depuis %1</translation>
    </message>
    <message>
        <source>Name or service not known</source>
        <translation>Nom ou service inconnu</translation>
    </message>
    <message>
        <source>Temporary failure in name resolution</source>
        <translation>Échec temporaire dans la résolution du nom</translation>
    </message>
    <message>
        <source>No address associated with hostname</source>
        <translation>Aucune adresse associée au nom d&apos;hôte</translation>
    </message>
    <message>
        <source>WSAHOST_NOT_FOUND: the simulated machine knows no host &apos;%1&apos; on port %2</source>
        <translation>WSAHOST_NOT_FOUND : l&apos;ordinateur simulé ne connaît aucun hôte « %1 » sur le port %2</translation>
    </message>
    <message>
        <source>WSAHOST_NOT_FOUND: the simulated machine knows no host &apos;%1&apos;</source>
        <translation>WSAHOST_NOT_FOUND : l&apos;ordinateur simulé ne connaît aucun hôte « %1 »</translation>
    </message>
    <message>
        <source>Resets the TCP/IP settings of Windows to their defaults (netsh int ip reset), which clears damaged settings that survive restarts. Unlike a plain reset, the static addresses, gateways, routes and DNS servers captured first are put back right after it, both in the running system and in the saved settings Windows reads at the next start, so they survive the restart. Connections drop; takes full effect after a restart.</source>
        <translation>Remet les réglages TCP/IP de Windows à leurs valeurs par défaut (netsh int ip reset), ce qui efface les réglages endommagés qui survivent aux redémarrages. Contrairement à une simple réinitialisation, les adresses statiques, passerelles, routes et serveurs DNS relevés d&apos;abord sont remis juste après, dans le système en cours comme dans les réglages enregistrés que Windows lit au prochain démarrage, de sorte qu&apos;ils survivent au redémarrage. Les connexions sont coupées ; prend pleinement effet après un redémarrage.</translation>
    </message>
    <message>
        <source>1 failed step is harmless: Windows protects that setting even from administrators (&quot;Resetting , failed. Access is denied.&quot;), and the rest of the reset worked</source>
        <translation>1 étape en échec est sans conséquence : Windows protège ce réglage même contre les administrateurs (« Resetting , failed. Access is denied. »), et le reste de la réinitialisation a fonctionné</translation>
    </message>
    <message>
        <source>%1 failed steps are harmless: Windows protects that setting even from administrators (&quot;Resetting , failed. Access is denied.&quot;), and the rest of the reset worked</source>
        <translation>%1 étapes en échec sont sans conséquence : Windows protège ce réglage même contre les administrateurs (« Resetting , failed. Access is denied. »), et le reste de la réinitialisation a fonctionné</translation>
    </message>
    <message>
        <source>Nothing was fixed, and the target works: %1 and no problem shows. If the error continues, the failing program itself is the likely cause.</source>
        <translation>Rien n’a été réparé, et la cible fonctionne : %1 et aucun problème n’apparaît. Si l’erreur continue, le programme en échec est probablement lui-même la cause.</translation>
    </message>
    <message>
        <source>If the program still reports the error, the program itself is the likely cause: attach the report (wsafix report --last --format md -o report.md) to a ticket for its developers.</source>
        <translation>Si le programme signale toujours l’erreur, il en est probablement lui-même la cause : joignez le rapport (wsafix report --last --format md -o report.md) à un ticket pour ses développeurs.</translation>
    </message>
    <message>
        <source>%1 value(s) of %2 were cut short by PowerShell to fit the console (&apos;...&apos; or &apos;…&apos;); they are unknown</source>
        <translation>%1 valeur(s) de %2 ont été tronquées par PowerShell pour tenir dans la console (« ... » ou « … ») ; elles sont inconnues</translation>
    </message>
    <message>
        <source>the output does not show %1 (left out by Select-Object or by a console too narrow); those values are unknown</source>
        <translation>la sortie ne montre pas %1 (omis par Select-Object ou par une console trop étroite) ; ces valeurs sont inconnues</translation>
    </message>
    <message>
        <source>read by its layout; the language was not recognised: &apos;%1&apos; was taken as success, any other status as a failure, and the line after the last step as the request to restart</source>
        <translation>lu d&apos;après sa disposition ; la langue n&apos;a pas été reconnue : « %1 » a été pris pour un succès, tout autre statut pour un échec, et la ligne après la dernière étape pour la demande de redémarrage</translation>
    </message>
    <message>
        <source>read by its layout; the language was not recognised: &apos;%1&apos; was taken as success, any other status as a failure</source>
        <translation>lu d&apos;après sa disposition ; la langue n&apos;a pas été reconnue : « %1 » a été pris pour un succès, tout autre statut pour un échec</translation>
    </message>
    <message>
        <source>the field names were not recognised: %1 entries were read by the order and shape of their values</source>
        <translation>les noms des champs n&apos;ont pas été reconnus : %1 entrées ont été lues d&apos;après l&apos;ordre et la forme de leurs valeurs</translation>
    </message>
    <message>
        <source>%1 line(s) after a connection were read by their place as netstat -b&apos;s owner information (the language was not recognised): those owners are unknown</source>
        <translation>%1 ligne(s) après une connexion ont été lues, d&apos;après leur place, comme l&apos;information de propriétaire de netstat -b (la langue n&apos;a pas été reconnue) : ces propriétaires sont inconnus</translation>
    </message>
    <message>
        <source>session %1 names a scenario file, which a run as administrator does not read</source>
        <translation>la session %1 nomme un fichier de scénario, qu’une exécution en tant qu’administrateur ne lit pas</translation>
    </message>
    <message>
        <source>there is no session %1 in %2</source>
        <translation>il n’y a pas de session %1 dans %2</translation>
    </message>
</context>
<context>
    <name>FixCommand</name>
    <message>
        <source>unavailable: %1</source>
        <translation>indisponible : %1</translation>
    </message>
    <message>
        <source>snapshot first:</source>
        <translation>instantané d&apos;abord :</translation>
    </message>
    <message>
        <source>commands: cannot be listed: %1</source>
        <translation>commandes : impossible de les lister : %1</translation>
    </message>
    <message>
        <source>commands: none (the simulated machine runs no commands)</source>
        <translation>commandes : aucune (l&apos;ordinateur simulé n&apos;exécute aucune commande)</translation>
    </message>
    <message>
        <source>commands: none</source>
        <translation>commandes : aucune</translation>
    </message>
    <message>
        <source>commands:</source>
        <translation>commandes :</translation>
    </message>
    <message>
        <source>Dry run: nothing was changed.</source>
        <translation>Simulation : rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>wsafix fix: name at least one fix (e.g. wsafix fix flush-dns); see wsafix fix --help</source>
        <translation>wsafix fix : indiquez au moins un correctif (p. ex. wsafix fix flush-dns) ; voir wsafix fix --help</translation>
    </message>
    <message>
        <source>wsafix fix: this would change this machine; nothing was changed. Add --yes to apply, or --dry-run to see the exact commands and snapshots first.</source>
        <translation>wsafix fix : cela modifierait cet ordinateur ; rien n&apos;a été modifié. Ajoutez --yes pour appliquer, ou --dry-run pour voir d&apos;abord les commandes exactes et les instantanés.</translation>
    </message>
    <message>
        <source>%1: not run, because an earlier fix failed</source>
        <translation>%1 : non exécuté, car un correctif précédent a échoué</translation>
    </message>
    <message>
        <source>ran:</source>
        <translation>exécuté :</translation>
    </message>
    <message>
        <source>machine: %1</source>
        <translation>ordinateur : %1</translation>
    </message>
    <message>
        <source>Session %1</source>
        <translation>Session %1</translation>
    </message>
    <message>
        <source>wsafix fix: --guard-timeout must be a whole number of seconds from 0 (no guard) to 3600, not &apos;%1&apos;</source>
        <translation>wsafix fix : --guard-timeout doit être un nombre entier de secondes de 0 (pas de garde-fou) à 3600, pas « %1 »</translation>
    </message>
    <message>
        <source>wsafix fix: refused: %1</source>
        <translation>wsafix fix : refusé : %1</translation>
    </message>
    <message>
        <source>wsafix fix: restart the computer to finish; the wizard re-opens at its verify page after the restart.</source>
        <translation>wsafix fix : redémarrez l&apos;ordinateur pour terminer ; l&apos;assistant se rouvre sur sa page de vérification après le redémarrage.</translation>
    </message>
    <message>
        <source>wsafix fix: restart the computer to finish, then run wsafix --resume %1 (the wizard could not be set to re-open: %2)</source>
        <translation>wsafix fix : redémarrez l&apos;ordinateur pour terminer, puis exécutez wsafix --resume %1 (impossible de configurer la réouverture de l&apos;assistant : %2)</translation>
    </message>
</context>
<context>
    <name>FixJob</name>
    <message>
        <source>Restoring snapshot %1 (taken for %2)</source>
        <translation>Restauration de l&apos;instantané %1 (pris pour %2)</translation>
    </message>
    <message>
        <source>Snapshot %1 saved; applying %2</source>
        <translation>Instantané %1 enregistré ; application de %2</translation>
    </message>
    <message>
        <source>  ✓ done</source>
        <translation>  ✓ terminé</translation>
    </message>
    <message>
        <source>  ✗ failed: %1</source>
        <translation>  ✗ échec : %1</translation>
    </message>
    <message>
        <source>Check: %1</source>
        <translation>Vérification : %1</translation>
    </message>
    <message>
        <source>Check failed: %1</source>
        <translation>Échec de la vérification : %1</translation>
    </message>
    <message>
        <source>Rolling back, because %1</source>
        <translation>Annulation, car %1</translation>
    </message>
    <message>
        <source>Finished: %1</source>
        <translation>Terminé : %1</translation>
    </message>
    <message>
        <source>applied and checked</source>
        <translation>appliqué et vérifié</translation>
    </message>
    <message>
        <source>applied, not proven</source>
        <translation>appliqué, non prouvé</translation>
    </message>
    <message>
        <source>failed, rolled back</source>
        <translation>échec, annulé</translation>
    </message>
    <message>
        <source>FAILED, rollback failed</source>
        <translation>ÉCHEC, l&apos;annulation a échoué</translation>
    </message>
    <message>
        <source>FAILED, cannot be rolled back</source>
        <translation>ÉCHEC, annulation impossible</translation>
    </message>
    <message>
        <source>cannot run here</source>
        <translation>ne peut pas s&apos;exécuter ici</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>non démarré</translation>
    </message>
    <message>
        <source>undone (snapshot restored)</source>
        <translation>annulé (instantané restauré)</translation>
    </message>
    <message>
        <source>left as it is</source>
        <translation>laissé tel quel</translation>
    </message>
    <message>
        <source>%1 was applied and its check passed: %2.</source>
        <translation>%1 a été appliqué et sa vérification a réussi : %2.</translation>
    </message>
    <message>
        <source>%1 was applied, but wsafix could not verify that it worked: %2.</source>
        <translation>%1 a été appliqué, mais wsafix n&apos;a pas pu vérifier qu&apos;il a fonctionné : %2.</translation>
    </message>
    <message>
        <source>%1 did not work, so wsafix undid it on the spot: %2.</source>
        <translation>%1 n&apos;a pas fonctionné, donc wsafix l&apos;a annulé immédiatement : %2.</translation>
    </message>
    <message>
        <source>%1 failed, and undoing it failed too: %2.</source>
        <translation>%1 a échoué, et son annulation a échoué aussi : %2.</translation>
    </message>
    <message>
        <source>%1 was not run: %2.</source>
        <translation>%1 n&apos;a pas été exécuté : %2.</translation>
    </message>
    <message>
        <source>The machine was put back as it was before %1: %2.</source>
        <translation>L&apos;ordinateur a été remis dans son état d&apos;avant %1 : %2.</translation>
    </message>
    <message>
        <source>%1 was left as it is: %2.</source>
        <translation>%1 a été laissé tel quel : %2.</translation>
    </message>
    <message>
        <source>%1 ended as &quot;%3&quot;: %2.</source>
        <translation>%1 s&apos;est terminé avec l&apos;état « %3 » : %2.</translation>
    </message>
    <message>
        <source>The machine is now %1.</source>
        <translation>L&apos;ordinateur est maintenant %1.</translation>
    </message>
    <message>
        <source>The journal cannot be read, so nothing was rolled back: %1</source>
        <translation>Le journal ne peut pas être lu, donc rien n&apos;a été annulé : %1</translation>
    </message>
    <message>
        <source>Restore of snapshot %1 refused: %2. The machine is unchanged: nothing was restored.</source>
        <translation>Restauration de l&apos;instantané %1 refusée : %2. L&apos;ordinateur n&apos;a pas changé : rien n&apos;a été restauré.</translation>
    </message>
    <message>
        <source>%1: not run (stopped)</source>
        <translation>%1 : non exécuté (arrêté)</translation>
    </message>
    <message>
        <source>Applying %1 (%2 of %3)…</source>
        <translation>Application de %1 (%2 sur %3)…</translation>
    </message>
    <message>
        <source>Taking the snapshot for %1…</source>
        <translation>Prise de l&apos;instantané pour %1…</translation>
    </message>
    <message>
        <source>%1: not run, because an earlier fix failed</source>
        <translation>%1 : non exécuté, car un correctif précédent a échoué</translation>
    </message>
    <message>
        <source>The auto-revert guard stood down: the change was already undone.</source>
        <translation>La protection de retour automatique s&apos;est retirée : la modification était déjà annulée.</translation>
    </message>
    <message numerus="yes">
        <source>Arming the auto-revert guard (%n s)…</source>
        <translation>
            <numerusform>Armement de la protection de retour automatique (%n s)…</numerusform>
            <numerusform>Armement de la protection de retour automatique (%n s)…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FixSession</name>
    <message>
        <source>Interrupted earlier: %1</source>
        <translation>Interrompu précédemment : %1</translation>
    </message>
    <message>
        <source>machine: %1</source>
        <translation>ordinateur : %1</translation>
    </message>
</context>
<context>
    <name>FixText</name>
    <message>
        <source>Keep the layered provider away from %1 only</source>
        <translation>Tenir le fournisseur en couche à l&apos;écart de %1 uniquement</translation>
    </message>
    <message>
        <source>Remove the layered provider %1 from the Winsock catalog</source>
        <translation>Supprimer le fournisseur en couche %1 du catalogue Winsock</translation>
    </message>
    <message>
        <source>Remove %1 from /etc/ld.so.preload</source>
        <translation>Supprimer %1 de /etc/ld.so.preload</translation>
    </message>
    <message>
        <source>Restart the network adapter %1</source>
        <translation>Redémarrer la carte réseau %1</translation>
    </message>
    <message>
        <source>Reset the Winsock catalog to its defaults (netsh winsock reset)</source>
        <translation>Réinitialiser le catalogue Winsock à ses valeurs par défaut (netsh winsock reset)</translation>
    </message>
    <message>
        <source>Reset TCP/IP to its defaults (netsh int ip reset)</source>
        <translation>Réinitialiser TCP/IP à ses valeurs par défaut (netsh int ip reset)</translation>
    </message>
    <message>
        <source>Empty the DNS cache (ipconfig /flushdns)</source>
        <translation>Vider le cache DNS (ipconfig /flushdns)</translation>
    </message>
    <message>
        <source>Restart the program with process id %1</source>
        <translation>Redémarrer le programme dont l&apos;identificateur de processus est %1</translation>
    </message>
    <message>
        <source>The failing program stops loading the provider; every other program keeps it.</source>
        <translation>Le programme défaillant ne charge plus le fournisseur ; tous les autres programmes le conservent.</translation>
    </message>
    <message>
        <source>Only this provider and its protocol chains leave the catalog; other programs&apos; providers stay.</source>
        <translation>Seuls ce fournisseur et ses chaînes de protocoles quittent le catalogue ; les fournisseurs des autres programmes restent.</translation>
    </message>
    <message>
        <source>Programs stop loading this library before their own code.</source>
        <translation>Les programmes ne chargent plus cette bibliothèque avant leur propre code.</translation>
    </message>
    <message>
        <source>The adapter goes down for a few seconds and asks for a new address; open connections drop.</source>
        <translation>La carte réseau se déconnecte quelques secondes et demande une nouvelle adresse ; les connexions ouvertes sont coupées.</translation>
    </message>
    <message>
        <source>Removes every third-party provider, also those of VPN and antivirus software, and needs a restart of the computer. Use it when the gentler fixes did not help.</source>
        <translation>Supprime tous les fournisseurs tiers, y compris ceux des logiciels VPN et antivirus, et nécessite un redémarrage de l&apos;ordinateur. À utiliser quand les correctifs plus doux n&apos;ont pas aidé.</translation>
    </message>
    <message>
        <source>Rewrites the TCP/IP settings of every adapter: fixed (static) addresses, gateways and DNS servers are lost and must be entered again. Needs a restart. It does not touch the Winsock catalog.</source>
        <translation>Réécrit les paramètres TCP/IP de toutes les cartes réseau : les adresses fixes (statiques), passerelles et serveurs DNS sont perdus et doivent être saisis de nouveau. Nécessite un redémarrage. Ne touche pas au catalogue Winsock.</translation>
    </message>
    <message>
        <source>Forgets the names this computer has looked up, so the next look-up asks the DNS server again.</source>
        <translation>Oublie les noms que cet ordinateur a recherchés, pour que la prochaine recherche interroge de nouveau le serveur DNS.</translation>
    </message>
    <message>
        <source>Ends the program and starts it again, which closes every socket it holds; its open work is lost.</source>
        <translation>Arrête le programme et le relance, ce qui ferme tous ses sockets ; son travail en cours est perdu.</translation>
    </message>
    <message>
        <source>No description for this fix yet.</source>
        <translation>Pas encore de description pour ce correctif.</translation>
    </message>
</context>
<context>
    <name>GuardCommand</name>
    <message>
        <source>wsafix guard: --snapshot ID and --timeout S are both needed (see wsafix guard --help)</source>
        <translation>wsafix guard : --snapshot ID et --timeout S sont tous deux nécessaires (voir wsafix guard --help)</translation>
    </message>
    <message>
        <source>wsafix guard: --timeout must be a whole number of seconds from 1 to 3600, not &apos;%1&apos;</source>
        <translation>wsafix guard : --timeout doit être un nombre entier de secondes de 1 à 3600, pas « %1 »</translation>
    </message>
    <message>
        <source>wsafix guard: --sha256 HASH (the snapshot&apos;s manifest hash, given by the fix step that arms the guard) is needed when the guard runs as root</source>
        <translation>wsafix guard : --sha256 HASH (l&apos;empreinte du manifeste de l&apos;instantané, donnée par l&apos;étape de correction qui arme le garde-fou) est nécessaire quand le garde-fou s&apos;exécute en root</translation>
    </message>
</context>
<context>
    <name>IntakeOptions</name>
    <message>
        <source>give --process or --pid, not both</source>
        <translation>indiquez --process ou --pid, pas les deux</translation>
    </message>
    <message>
        <source>--process &apos;%1&apos; is not a process name (a file name such as app.exe, no path)</source>
        <translation>--process « %1 » n&apos;est pas un nom de processus (un nom de fichier comme app.exe, sans chemin)</translation>
    </message>
    <message>
        <source>--pid &apos;%1&apos; is not a process id (a whole number above 0)</source>
        <translation>--pid « %1 » n&apos;est pas un identificateur de processus (un nombre entier supérieur à 0)</translation>
    </message>
    <message>
        <source>--host and --port go together</source>
        <translation>--host et --port vont ensemble</translation>
    </message>
    <message>
        <source>--host &apos;%1&apos; is not a host name or address: it %2</source>
        <translation>--host « %1 » n&apos;est ni un nom d&apos;hôte ni une adresse : il %2</translation>
    </message>
    <message>
        <source>--port &apos;%1&apos; is not a port (1-65535)</source>
        <translation>--port « %1 » n&apos;est pas un port (1-65535)</translation>
    </message>
    <message>
        <source>--code &apos;%1&apos; cannot be used: it %2</source>
        <translation>--code « %1 » n’est pas utilisable : il %2</translation>
    </message>
    <message>
        <source>--ticket &apos;%1&apos; cannot be used: it %2</source>
        <translation>--ticket « %1 » n’est pas utilisable : il %2</translation>
    </message>
</context>
<context>
    <name>LinkCommand</name>
    <message>
        <source>wsafix link make: --json is for link check (see wsafix link --help)</source>
        <translation>wsafix link make : --json est pour link check (voir wsafix link --help)</translation>
    </message>
    <message>
        <source>wsafix link make: unexpected argument &apos;%1&apos; (see wsafix link --help)</source>
        <translation>wsafix link make : argument inattendu « %1 » (voir wsafix link --help)</translation>
    </message>
    <message>
        <source>wsafix link make: --%1 &apos;%2&apos; %3</source>
        <translation>wsafix link make : --%1 « %2 » %3</translation>
    </message>
    <message>
        <source>wsafix link make: internal error: the link made does not read back (%1)</source>
        <translation>wsafix link make : erreur interne : le lien créé ne se relit pas (%1)</translation>
    </message>
    <message>
        <source>wsafix link check: --%1 is for link make (see wsafix link --help)</source>
        <translation>wsafix link check : --%1 est pour link make (voir wsafix link --help)</translation>
    </message>
    <message>
        <source>wsafix link check: give one link, e.g. wsafix link check &apos;wsafix://diagnose?code=10056&apos;</source>
        <translation>wsafix link check : indiquez un lien, p. ex. wsafix link check &apos;wsafix://diagnose?code=10056&apos;</translation>
    </message>
    <message>
        <source>%1: refused: %2</source>
        <translation>%1 : refusé : %2</translation>
    </message>
    <message>
        <source>Error code:</source>
        <translation>Code d&apos;erreur :</translation>
    </message>
    <message>
        <source>Application:</source>
        <translation>Application :</translation>
    </message>
    <message>
        <source>Target host:</source>
        <translation>Hôte cible :</translation>
    </message>
    <message>
        <source>Target port:</source>
        <translation>Port cible :</translation>
    </message>
    <message>
        <source>Ticket:</source>
        <translation>Ticket :</translation>
    </message>
    <message>
        <source>The link is valid. It opens the wizard on its first page with:</source>
        <translation>Le lien est valide. Il ouvre l&apos;assistant sur sa première page avec :</translation>
    </message>
    <message>
        <source>(not given)</source>
        <translation>(non indiqué)</translation>
    </message>
    <message>
        <source>A link only fills in this page: it cannot apply a fix, restore a snapshot or run a command.</source>
        <translation>Un lien ne remplit que cette page : il ne peut ni appliquer un correctif, ni restaurer un instantané, ni exécuter une commande.</translation>
    </message>
    <message>
        <source>wsafix link: say make or check (see wsafix link --help)</source>
        <translation>wsafix link : indiquez make ou check (voir wsafix link --help)</translation>
    </message>
    <message>
        <source>wsafix link: unknown action &apos;%1&apos;: say make or check (see wsafix link --help)</source>
        <translation>wsafix link : action inconnue « %1 » : indiquez make ou check (voir wsafix link --help)</translation>
    </message>
</context>
<context>
    <name>PdfReport</name>
    <message>
        <source>page %1 of %2</source>
        <translation>page %1 sur %2</translation>
    </message>
</context>
<context>
    <name>ReportCommand</name>
    <message>
        <source>give --format html|pdf|json|md (it could not be told from &apos;%1&apos;)</source>
        <translation>indiquez --format html|pdf|json|md (impossible de le déduire de « %1 »)</translation>
    </message>
    <message>
        <source>unknown format &apos;%1&apos; (html, pdf, json, md)</source>
        <translation>format inconnu « %1 » (html, pdf, json, md)</translation>
    </message>
    <message>
        <source>wsafix report: %1</source>
        <translation>wsafix report : %1</translation>
    </message>
    <message>
        <source>give either --last or --session ID</source>
        <translation>indiquez soit --last soit --session ID</translation>
    </message>
    <message>
        <source>give the output file: -o FILE (- for standard output)</source>
        <translation>indiquez le fichier de sortie : -o FICHIER (- pour la sortie standard)</translation>
    </message>
    <message>
        <source>a PDF cannot go to standard output: give -o FILE.pdf</source>
        <translation>un PDF ne peut pas aller sur la sortie standard : indiquez -o FICHIER.pdf</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a folder: give a file name</source>
        <translation>« %1 » est un dossier : indiquez un nom de fichier</translation>
    </message>
    <message>
        <source>no session in %1 yet (run wsafix detect first)</source>
        <translation>aucune session dans %1 pour l&apos;instant (lancez d&apos;abord wsafix detect)</translation>
    </message>
    <message>
        <source>no session &apos;%1&apos; in %2 (--last takes the newest)</source>
        <translation>aucune session « %1 » dans %2 (--last prend la plus récente)</translation>
    </message>
    <message>
        <source>wsafix report: this build cannot write PDF files</source>
        <translation>wsafix report : cette version ne peut pas écrire de fichiers PDF</translation>
    </message>
    <message>
        <source>wsafix report: could not make the PDF: %1</source>
        <translation>wsafix report : impossible de créer le PDF : %1</translation>
    </message>
    <message>
        <source>cannot write the report: %1</source>
        <translation>impossible d&apos;écrire le rapport : %1</translation>
    </message>
    <message>
        <source>Wrote %1 (%2 report of session %3, personal data redacted)</source>
        <translation>%1 écrit (rapport %2 de la session %3, données personnelles masquées)</translation>
    </message>
    <message>
        <source>Wrote %1 (%2 report of session %3)</source>
        <translation>%1 écrit (rapport %2 de la session %3)</translation>
    </message>
    <message>
        <source>give --redact or --no-redact, not both</source>
        <translation>indiquez --redact ou --no-redact, pas les deux</translation>
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
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Critique</translation>
    </message>
</context>
<context>
    <name>SnapshotsCommand</name>
    <message>
        <source>No snapshots in %1</source>
        <translation>Aucun instantané dans %1</translation>
    </message>
    <message>
        <source>Snapshot %1 (checksums verified)</source>
        <translation>Instantané %1 (sommes de contrôle vérifiées)</translation>
    </message>
    <message>
        <source>fix:</source>
        <translation>correctif :</translation>
    </message>
    <message>
        <source>machine:</source>
        <translation>ordinateur :</translation>
    </message>
    <message>
        <source>taken:</source>
        <translation>pris le :</translation>
    </message>
    <message>
        <source>folder:</source>
        <translation>dossier :</translation>
    </message>
    <message>
        <source>%1 (%2 bytes)</source>
        <translation>%1 (%2 octets)</translation>
    </message>
    <message>
        <source>wsafix snapshots: %1; nothing was restored</source>
        <translation>wsafix snapshots : %1 ; rien n&apos;a été restauré</translation>
    </message>
    <message>
        <source>wsafix snapshots: snapshot %1 was taken on %2, not on %3; nothing was restored</source>
        <translation>wsafix snapshots : l&apos;instantané %1 a été pris sur %2, pas sur %3 ; rien n&apos;a été restauré</translation>
    </message>
    <message>
        <source>wsafix snapshots: snapshot %1 was taken on %2, not on %3 (add --scenario NAME for a simulated one); nothing was restored</source>
        <translation>wsafix snapshots : l&apos;instantané %1 a été pris sur %2, pas sur %3 (ajoutez --scenario NOM pour un ordinateur simulé) ; rien n&apos;a été restauré</translation>
    </message>
    <message>
        <source>wsafix snapshots: snapshot %1 belongs to a fix this wsafix cannot build: %2</source>
        <translation>wsafix snapshots : l&apos;instantané %1 appartient à un correctif que ce wsafix ne sait pas construire : %2</translation>
    </message>
    <message>
        <source>wsafix snapshots: restoring %1: %2</source>
        <translation>wsafix snapshots : restauration de %1 : %2</translation>
    </message>
    <message>
        <source>snapshot %1: %2</source>
        <translation>instantané %1 : %2</translation>
    </message>
    <message>
        <source>machine: %1</source>
        <translation>ordinateur : %1</translation>
    </message>
    <message>
        <source>wsafix snapshots: &apos;%1&apos; is not a snapshot id: %2</source>
        <translation>wsafix snapshots : « %1 » n&apos;est pas un ID d&apos;instantané : %2</translation>
    </message>
    <message>
        <source>wsafix snapshots: use &apos;snapshots list&apos;, &apos;snapshots show ID&apos; or &apos;snapshots restore ID&apos;</source>
        <translation>wsafix snapshots : utilisez « snapshots list », « snapshots show ID » ou « snapshots restore ID »</translation>
    </message>
</context>
<context>
    <name>VerificationText</name>
    <message>
        <source>Fixed</source>
        <translation>Corrigé</translation>
    </message>
    <message>
        <source>Not fixed</source>
        <translation>Non corrigé</translation>
    </message>
    <message>
        <source>Could not verify</source>
        <translation>Vérification impossible</translation>
    </message>
    <message>
        <source>resolved</source>
        <translation>résolu</translation>
    </message>
    <message>
        <source>still present</source>
        <translation>toujours présent</translation>
    </message>
    <message>
        <source>new</source>
        <translation>nouveau</translation>
    </message>
    <message>
        <source>not checked again</source>
        <translation>non revérifié</translation>
    </message>
    <message>
        <source>connected</source>
        <translation>connecté</translation>
    </message>
    <message>
        <source>name not resolved</source>
        <translation>nom non résolu</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>échec</translation>
    </message>
    <message>
        <source>No target host and port were given: no connection was tried.</source>
        <translation>Aucun hôte ni port cible n&apos;a été indiqué : aucune connexion n&apos;a été tentée.</translation>
    </message>
    <message>
        <source>The name %1 was not looked up.</source>
        <translation>Le nom %1 n&apos;a pas été recherché.</translation>
    </message>
    <message>
        <source>The name %1 does not resolve (%2), so no connection was tried: a name problem, not a closed port.</source>
        <translation>Le nom %1 ne se résout pas (%2), aucune connexion n&apos;a donc été tentée : un problème de nom, pas un port fermé.</translation>
    </message>
    <message>
        <source>%1 resolves to %2; %3 of %4 connection attempts to port %5:</source>
        <translation>%1 se résout en %2 ; %3 tentatives de connexion sur %4 vers le port %5 :</translation>
    </message>
    <message>
        <source>No comparison with the first examination: %1.</source>
        <translation>Pas de comparaison avec le premier examen : %1.</translation>
    </message>
    <message>
        <source>Socket providers</source>
        <translation>Fournisseurs de sockets</translation>
    </message>
    <message>
        <source>Layered providers: %1 at detect time, %2 now.</source>
        <translation>Fournisseurs en couche : %1 lors de detect, %2 maintenant.</translation>
    </message>
    <message>
        <source>No entry was added or removed.</source>
        <translation>Aucune entrée n&apos;a été ajoutée ni supprimée.</translation>
    </message>
    <message>
        <source>removed:</source>
        <translation>supprimé :</translation>
    </message>
    <message>
        <source>added:</source>
        <translation>ajouté :</translation>
    </message>
    <message>
        <source>Network adapters</source>
        <translation>Cartes réseau</translation>
    </message>
    <message>
        <source>No change.</source>
        <translation>Aucun changement.</translation>
    </message>
    <message>
        <source>came up</source>
        <translation>connectée</translation>
    </message>
    <message>
        <source>went down</source>
        <translation>déconnectée</translation>
    </message>
    <message>
        <source>appeared</source>
        <translation>apparue</translation>
    </message>
    <message>
        <source>disappeared</source>
        <translation>disparue</translation>
    </message>
    <message>
        <source>addresses changed</source>
        <translation>adresses modifiées</translation>
    </message>
    <message>
        <source>Events since detect</source>
        <translation>Événements depuis detect</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Aucun.</translation>
    </message>
    <message>
        <source>Checks unavailable now</source>
        <translation>Examens indisponibles maintenant</translation>
    </message>
    <message>
        <source>What to do next:</source>
        <translation>Que faire ensuite :</translation>
    </message>
    <message>
        <source>Works: nothing needed fixing</source>
        <translation>Fonctionne : rien n’était à réparer</translation>
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
        <translation>ordinateur simulé « %1 »</translation>
    </message>
    <message>
        <source>this machine</source>
        <translation>cet ordinateur</translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation>%1 (%2, %3)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>the whole machine</source>
        <translation>tout l&apos;ordinateur</translation>
    </message>
    <message>
        <source>No comparison with detect: %1.</source>
        <translation>Pas de comparaison avec detect : %1.</translation>
    </message>
    <message>
        <source>TCP sockets of %1 now: %2</source>
        <translation>Sockets TCP de %1 maintenant : %2</translation>
    </message>
    <message>
        <source>Since detect:</source>
        <translation>Depuis detect :</translation>
    </message>
    <message>
        <source>catalog: %1 added, %2 removed; layered providers %3 -&gt; %4</source>
        <translation>catalogue : %1 ajoutés, %2 supprimés ; fournisseurs en couche %3 -&gt; %4</translation>
    </message>
    <message>
        <source>TCP sockets of %1: before %2; now %3</source>
        <translation>Sockets TCP de %1 : avant %2 ; maintenant %3</translation>
    </message>
    <message>
        <source>adapters: no change</source>
        <translation>cartes réseau : aucun changement</translation>
    </message>
    <message>
        <source>adapters:</source>
        <translation>cartes réseau :</translation>
    </message>
    <message>
        <source>new events: %1</source>
        <translation>nouveaux événements : %1</translation>
    </message>
    <message>
        <source>unavailable now: %1</source>
        <translation>indisponible maintenant : %1</translation>
    </message>
    <message>
        <source>FIXED</source>
        <translation>CORRIGÉ</translation>
    </message>
    <message>
        <source>NOT FIXED</source>
        <translation>NON CORRIGÉ</translation>
    </message>
    <message>
        <source>COULD NOT VERIFY</source>
        <translation>VÉRIFICATION IMPOSSIBLE</translation>
    </message>
    <message>
        <source>resolved</source>
        <translation>résolu</translation>
    </message>
    <message>
        <source>still-present</source>
        <translation>toujours présent</translation>
    </message>
    <message>
        <source>new</source>
        <translation>nouveau</translation>
    </message>
    <message>
        <source>not-rechecked</source>
        <translation>non revérifié</translation>
    </message>
    <message>
        <source>wsafix verify: %1</source>
        <translation>wsafix verify : %1</translation>
    </message>
    <message>
        <source>Name %1: resolves to%2</source>
        <translation>Nom %1 : se résout en%2</translation>
    </message>
    <message>
        <source>Name %1: does not resolve (%2)</source>
        <translation>Nom %1 : ne se résout pas (%2)</translation>
    </message>
    <message>
        <source>Connections to %1:%2 (%3 of %4 attempts, %5 ms time-out each):</source>
        <translation>Connexions à %1:%2 (%3 tentatives sur %4, délai de %5 ms chacune) :</translation>
    </message>
    <message>
        <source>connected</source>
        <translation>connecté</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>échec</translation>
    </message>
    <message>
        <source>Findings:</source>
        <translation>Problèmes :</translation>
    </message>
    <message>
        <source>Verdict: %1. %2</source>
        <translation>Verdict : %1. %2</translation>
    </message>
    <message>
        <source>Next:</source>
        <translation>Ensuite :</translation>
    </message>
    <message>
        <source>Verification saved in session %1 (%2)</source>
        <translation>Vérification enregistrée dans la session %1 (%2)</translation>
    </message>
    <message>
        <source>wsafix verify: --host and --port are required (the target the failing program connects to)</source>
        <translation>wsafix verify : --host et --port sont obligatoires (la cible à laquelle se connecte le programme défaillant)</translation>
    </message>
    <message>
        <source>wsafix verify: --count &apos;%1&apos; is not a number of attempts (1-%2)</source>
        <translation>wsafix verify : --count « %1 » n&apos;est pas un nombre de tentatives (1-%2)</translation>
    </message>
    <message>
        <source>wsafix verify: some fixes of the session are not simulated by this scenario</source>
        <translation>wsafix verify : certains correctifs de la session ne sont pas simulés par ce scénario</translation>
    </message>
    <message>
        <source>WORKS (nothing was fixed)</source>
        <translation>FONCTIONNE (rien n’a été réparé)</translation>
    </message>
</context>
<context>
    <name>WizardLauncher</name>
    <message>
        <source>wsafix: the wizard is already open; raised it</source>
        <translation>wsafix : l&apos;assistant est déjà ouvert ; il a été mis au premier plan</translation>
    </message>
    <message>
        <source>wsafix: the wizard is already open; handed it the link</source>
        <translation>wsafix : l&apos;assistant est déjà ouvert ; le lien lui a été transmis</translation>
    </message>
    <message>
        <source>wsafix: a running wizard did not answer; opening another one</source>
        <translation>wsafix : un assistant en cours d&apos;exécution n&apos;a pas répondu ; ouverture d&apos;un autre</translation>
    </message>
    <message>
        <source>wsafix: later launches cannot reach this wizard: %1</source>
        <translation>wsafix : les lancements suivants ne pourront pas joindre cet assistant : %1</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>wsafix: no display here ($DISPLAY and $WAYLAND_DISPLAY are unset), so the wizard cannot open.</source>
        <translation>wsafix : pas d&apos;affichage ici ($DISPLAY et $WAYLAND_DISPLAY ne sont pas définis), l&apos;assistant ne peut donc pas s&apos;ouvrir.</translation>
    </message>
    <message>
        <source>wsafix: support link refused: %1</source>
        <translation>wsafix : lien d&apos;assistance refusé : %1</translation>
    </message>
    <message>
        <source>This is what `wsafix detect` finds instead:</source>
        <translation>Voici ce que `wsafix detect` trouve à la place :</translation>
    </message>
    <message>
        <source>wsafix: internal error: %1</source>
        <translation>wsafix : erreur interne : %1</translation>
    </message>
</context>
<context>
    <name>wsafix</name>
    <message>
        <source>wsafix: scenario not loaded</source>
        <translation>wsafix : scénario non chargé</translation>
    </message>
    <message>
        <source>wsafix: session not resumed</source>
        <translation>wsafix : session non reprise</translation>
    </message>
</context>
<context>
    <name>wsafix::AdapterModel</name>
    <message>
        <source>up</source>
        <translation>connectée</translation>
    </message>
    <message>
        <source>down</source>
        <translation>déconnectée</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation>Adresses</translation>
    </message>
    <message>
        <source>Gateways</source>
        <translation>Passerelles</translation>
    </message>
    <message>
        <source>DNS servers</source>
        <translation>Serveurs DNS</translation>
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
        <translation>Wi-Fi</translation>
    </message>
    <message>
        <source>loopback</source>
        <translation>bouclage</translation>
    </message>
    <message>
        <source>tunnel</source>
        <translation>tunnel</translation>
    </message>
    <message>
        <source>PPP</source>
        <translation>PPP</translation>
    </message>
    <message>
        <source>other</source>
        <translation>autre</translation>
    </message>
</context>
<context>
    <name>wsafix::AnalyzeDialog</name>
    <message>
        <source>Analyze pasted output</source>
        <translation>Analyser une sortie collée</translation>
    </message>
    <message>
        <source>Paste what the user sent — netsh winsock show catalog, ipconfig /all, netstat -ano and similar, in any language — or drop saved files here. wsafix then examines that machine instead of this one.</source>
        <translation>Collez ce que l&apos;utilisateur a envoyé — netsh winsock show catalog, ipconfig /all, netstat -ano et autres, dans n&apos;importe quelle langue — ou déposez ici des fichiers enregistrés. wsafix examine alors cet ordinateur-là au lieu de celui-ci.</translation>
    </message>
    <message>
        <source>Pasted output</source>
        <translation>Sortie collée</translation>
    </message>
    <message>
        <source>Paste command output here</source>
        <translation>Collez ici la sortie de commande</translation>
    </message>
    <message>
        <source>Add &amp;files…</source>
        <translation>Ajouter des &amp;fichiers…</translation>
    </message>
    <message>
        <source>What was recognised</source>
        <translation>Ce qui a été reconnu</translation>
    </message>
    <message>
        <source>&amp;Examine this machine</source>
        <translation>&amp;Examiner cet ordinateur</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>impossible de lire %1 : %2</translation>
    </message>
    <message numerus="yes">
        <source>%1, lines %2–%3: %4 — %n item(s)</source>
        <translation>
            <numerusform>%1, lignes %2–%3 : %4 — %n élément</numerusform>
            <numerusform>%1, lignes %2–%3 : %4 — %n éléments</numerusform>
        </translation>
    </message>
    <message>
        <source>lines %1–%2</source>
        <translation>lignes %1–%2</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>ligne %1</translation>
    </message>
    <message>
        <source>%1, %2 not used: %3
    %4</source>
        <translation>%1, %2 non utilisée(s) : %3
    %4</translation>
    </message>
    <message>
        <source>Nothing pasted yet.</source>
        <translation>Rien n&apos;a encore été collé.</translation>
    </message>
    <message>
        <source>No command output wsafix knows was recognised.</source>
        <translation>Aucune sortie de commande connue de wsafix n&apos;a été reconnue.</translation>
    </message>
    <message>
        <source>Recognised below; lines that could not be used are greyed. Click Examine this machine to see its findings.</source>
        <translation>Reconnu ci-dessous ; les lignes inutilisables sont grisées. Cliquez sur Examiner cet ordinateur pour voir ses problèmes.</translation>
    </message>
    <message>
        <source>Add saved command output</source>
        <translation>Ajouter une sortie de commande enregistrée</translation>
    </message>
    <message>
        <source>Text files (*.txt *.log);;All files (*)</source>
        <translation>Fichiers texte (*.txt *.log);;Tous les fichiers (*)</translation>
    </message>
</context>
<context>
    <name>wsafix::CatalogModel</name>
    <message>
        <source>base</source>
        <translation>base</translation>
    </message>
    <message>
        <source>LAYERED</source>
        <translation>EN COUCHE</translation>
    </message>
    <message>
        <source>LAYERED chain</source>
        <translation>Chaîne EN COUCHE</translation>
    </message>
    <message>
        <source>LAYERED chain %1</source>
        <translation>Chaîne EN COUCHE %1</translation>
    </message>
    <message>
        <source>%1 (file missing)</source>
        <translation>%1 (fichier manquant)</translation>
    </message>
    <message>
        <source>A layered provider sees every connection of every program that uses this protocol.</source>
        <translation>Un fournisseur en couche voit chaque connexion de chaque programme qui utilise ce protocole.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Genre</translation>
    </message>
    <message>
        <source>Provider DLL</source>
        <translation>DLL du fournisseur</translation>
    </message>
    <message>
        <source>Company / product</source>
        <translation>Société / produit</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Famille</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protocole</translation>
    </message>
    <message>
        <source>Catalog</source>
        <translation>Catalogue</translation>
    </message>
</context>
<context>
    <name>wsafix::DecodePanel</name>
    <message>
        <source>This can mean more than one error:</source>
        <translation>Cela peut désigner plusieurs erreurs :</translation>
    </message>
    <message>
        <source>Type it as the user sees it (for example 0x00002748 or WSAEISCONN) to be sure.</source>
        <translation>Saisissez-le tel que l&apos;utilisateur le voit (par exemple 0x00002748 ou WSAEISCONN) pour en être sûr.</translation>
    </message>
    <message>
        <source>Nearest known codes:</source>
        <translation>Codes connus les plus proches :</translation>
    </message>
    <message>
        <source>The error code is not understood</source>
        <translation>Le code d&apos;erreur n&apos;est pas compris</translation>
    </message>
</context>
<context>
    <name>wsafix::DetectPage</name>
    <message>
        <source>&amp;Cancel examination</source>
        <translation>&amp;Annuler l&apos;examen</translation>
    </message>
    <message>
        <source>&amp;Run again</source>
        <translation>Re&amp;lancer</translation>
    </message>
    <message>
        <source>Examination progress</source>
        <translation>Progression de l&apos;examen</translation>
    </message>
    <message>
        <source>Examine the computer</source>
        <translation>Examiner l&apos;ordinateur</translation>
    </message>
    <message>
        <source>No problems found: the socket providers, the connections, the network adapters and the event log look healthy.</source>
        <translation>Aucun problème trouvé : les fournisseurs de sockets, les connexions, les cartes réseau et le journal des événements semblent sains.</translation>
    </message>
    <message>
        <source>Preloaded &amp;libraries</source>
        <translation>&amp;Bibliothèques préchargées</translation>
    </message>
    <message>
        <source>&amp;Sockets</source>
        <translation>&amp;Sockets</translation>
    </message>
    <message>
        <source>&amp;TCP states</source>
        <translation>États &amp;TCP</translation>
    </message>
    <message>
        <source>&amp;Adapters</source>
        <translation>Cartes &amp;réseau</translation>
    </message>
    <message>
        <source>&amp;Events</source>
        <translation>&amp;Événements</translation>
    </message>
    <message>
        <source>wsafix is reading the pasted outputs.</source>
        <translation>wsafix lit les sorties collées.</translation>
    </message>
    <message>
        <source>wsafix is examining this computer; this takes a few seconds. Wait until the results appear, or click Cancel.</source>
        <translation>wsafix examine cet ordinateur ; cela prend quelques secondes. Attendez que les résultats apparaissent, ou cliquez sur Annuler.</translation>
    </message>
    <message>
        <source>The findings appear here when the examination ends.</source>
        <translation>Les problèmes apparaissent ici à la fin de l&apos;examen.</translation>
    </message>
    <message>
        <source>Failed.</source>
        <translation>Échec.</translation>
    </message>
    <message>
        <source>The examination failed: %1. Click Run again.</source>
        <translation>L&apos;examen a échoué : %1. Cliquez sur Relancer.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>Finished.</source>
        <translation>Terminé.</translation>
    </message>
    <message>
        <source>The examination was cancelled, so the results below are incomplete. Click Run again, or Next to continue with what was found.</source>
        <translation>L&apos;examen a été annulé : les résultats ci-dessous sont incomplets. Cliquez sur Relancer, ou sur Suivant pour continuer avec ce qui a été trouvé.</translation>
    </message>
    <message>
        <source>No problems found in the pasted outputs. Tabs without them say which command would show more.</source>
        <translation>Aucun problème trouvé dans les sorties collées. Les onglets sans sortie indiquent quelle commande en montrerait davantage.</translation>
    </message>
    <message>
        <source>No problems found on this computer. Click Next to continue; if the error persists, the failing program itself is the likely cause.</source>
        <translation>Aucun problème trouvé sur cet ordinateur. Cliquez sur Suivant ; si l&apos;erreur persiste, le programme défaillant lui-même en est probablement la cause.</translation>
    </message>
    <message>
        <source>Found one problem. Click it to see the evidence, then click Next to see the fixes.</source>
        <translation>Un problème trouvé. Cliquez dessus pour voir les preuves, puis sur Suivant pour voir les correctifs.</translation>
    </message>
    <message>
        <source>Found %1 problems, the worst first. Click one to see its evidence, then click Next to see the fixes.</source>
        <translation>%1 problèmes trouvés, le plus grave d&apos;abord. Cliquez sur l&apos;un d&apos;eux pour voir ses preuves, puis sur Suivant pour voir les correctifs.</translation>
    </message>
    <message>
        <source>not run</source>
        <translation>non exécuté</translation>
    </message>
    <message>
        <source>Sockets per remote endpoint</source>
        <translation>Sockets par point de terminaison distant</translation>
    </message>
    <message>
        <source>Remote endpoint</source>
        <translation>Point de terminaison distant</translation>
    </message>
    <message>
        <source>Sockets</source>
        <translation>Sockets</translation>
    </message>
    <message>
        <source>Most sockets per remote endpoint, whole machine:</source>
        <translation>Le plus de sockets par point de terminaison distant, tout l&apos;ordinateur :</translation>
    </message>
    <message>
        <source>Most sockets of %1 per remote endpoint:</source>
        <translation>Le plus de sockets de %1 par point de terminaison distant :</translation>
    </message>
    <message>
        <source>What was examined</source>
        <translation>Ce qui a été examiné</translation>
    </message>
    <message>
        <source>&amp;Winsock catalog</source>
        <translation>Catalogue &amp;Winsock</translation>
    </message>
    <message>
        <source>Na&amp;me resolution</source>
        <translation>Résolution de &amp;noms</translation>
    </message>
</context>
<context>
    <name>wsafix::DetectionJobPage</name>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Démarrage…</translation>
    </message>
</context>
<context>
    <name>wsafix::ElevatedFixStep</name>
    <message>
        <source>; the session could not be read back: %1</source>
        <translation> ; la session n&apos;a pas pu être relue : %1</translation>
    </message>
    <message>
        <source>; the elevated step recorded no action</source>
        <translation> ; l&apos;étape avec élévation n&apos;a enregistré aucune action</translation>
    </message>
    <message>
        <source>a simulated machine is not restarted: nothing to re-open</source>
        <translation>un ordinateur simulé n&apos;est pas redémarré : rien à rouvrir</translation>
    </message>
</context>
<context>
    <name>wsafix::EventModel</name>
    <message>
        <source>Time (UTC)</source>
        <translation>Heure (UTC)</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Event ID</source>
        <translation>ID de l&apos;événement</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
</context>
<context>
    <name>wsafix::FindingsView</name>
    <message>
        <source>Findings</source>
        <translation>Problèmes</translation>
    </message>
    <message>
        <source>Finding and evidence</source>
        <translation>Problème et preuves</translation>
    </message>
    <message>
        <source>Finding details</source>
        <translation>Détails du problème</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Maintenant</translation>
    </message>
    <message>
        <source> (and %1 more)</source>
        <translation> (et %1 de plus)</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Preuves</translation>
    </message>
    <message>
        <source>Recommended fixes, gentlest first</source>
        <translation>Correctifs recommandés, le plus doux d&apos;abord</translation>
    </message>
    <message>
        <source>The problems found, worst first. The details of the selected one are shown beside the list.</source>
        <translation>Les problèmes trouvés, le plus grave d&apos;abord. Les détails de celui qui est sélectionné s&apos;affichent à côté de la liste.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
</context>
<context>
    <name>wsafix::FixChecklist</name>
    <message>
        <source>Recommended fixes</source>
        <translation>Correctifs recommandés</translation>
    </message>
    <message>
        <source>Fix</source>
        <translation>Corriger</translation>
    </message>
    <message>
        <source>Badges</source>
        <translation>Avertissements</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Asked for by</source>
        <translation>Demandé par</translation>
    </message>
</context>
<context>
    <name>wsafix::FixDetails</name>
    <message>
        <source>Fix details and exact commands</source>
        <translation>Détails du correctif et commandes exactes</translation>
    </message>
    <message>
        <source>Why:</source>
        <translation>Pourquoi :</translation>
    </message>
    <message numerus="yes">
        <source>This fix can cut the computer off the network, so the auto-revert guard watches it: unless you keep the change within %n second(s), the settings before it come back by themselves.</source>
        <translation>
            <numerusform>Cette correction peut couper l&apos;ordinateur du réseau, donc la protection de retour automatique la surveille : si vous ne conservez pas la modification dans les %n seconde, les réglages d&apos;avant reviennent d&apos;eux-mêmes.</numerusform>
            <numerusform>Cette correction peut couper l&apos;ordinateur du réseau, donc la protection de retour automatique la surveille : si vous ne conservez pas la modification dans les %n secondes, les réglages d&apos;avant reviennent d&apos;eux-mêmes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot run here:</source>
        <translation>Ne peut pas s&apos;exécuter ici :</translation>
    </message>
    <message>
        <source>Snapshot first:</source>
        <translation>Instantané d&apos;abord :</translation>
    </message>
    <message>
        <source>Exact commands:</source>
        <translation>Commandes exactes :</translation>
    </message>
    <message>
        <source>(being listed…)</source>
        <translation>(liste en cours…)</translation>
    </message>
</context>
<context>
    <name>wsafix::FixPage</name>
    <message>
        <source>&amp;Apply ticked fixes</source>
        <translation>&amp;Appliquer les correctifs cochés</translation>
    </message>
    <message>
        <source>Fix</source>
        <translation>Correctif</translation>
    </message>
    <message>
        <source>Continue to &amp;verify</source>
        <translation>Continuer vers la &amp;vérification</translation>
    </message>
    <message>
        <source>no finding asks for this (training: you may still try it)</source>
        <translation>aucun problème ne le demande (entraînement : vous pouvez quand même l&apos;essayer)</translation>
    </message>
    <message>
        <source>Run as &amp;administrator…</source>
        <translation>&amp;Exécuter en tant qu&apos;administrateur…</translation>
    </message>
    <message>
        <source>&amp;Stop after this fix</source>
        <translation>A&amp;rrêter après ce correctif</translation>
    </message>
    <message>
        <source>A fix that has started is always finished or rolled back; the ones after it are not run.</source>
        <translation>Un correctif commencé est toujours terminé ou annulé ; les suivants ne sont pas exécutés.</translation>
    </message>
    <message>
        <source>Fix progress</source>
        <translation>Progression des correctifs</translation>
    </message>
    <message>
        <source>Live log of the fix steps</source>
        <translation>Journal en direct des étapes de correction</translation>
    </message>
    <message>
        <source>Each step appears here as it runs.</source>
        <translation>Chaque étape apparaît ici pendant son exécution.</translation>
    </message>
    <message>
        <source>Stopping after the fix that is running…</source>
        <translation>Arrêt après le correctif en cours…</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Journal</translation>
    </message>
    <message>
        <source>Snapshots of this session</source>
        <translation>Instantanés de cette session</translation>
    </message>
    <message>
        <source>wsafix has no such fix for %1: %2</source>
        <translation>wsafix n&apos;a pas ce correctif pour %1 : %2</translation>
    </message>
    <message>
        <source>the findings describe the machine of the pasted outputs, not this one: run wsafix there to apply it</source>
        <translation>les problèmes décrivent l&apos;ordinateur des sorties collées, pas celui-ci : exécutez wsafix sur celui-là pour l&apos;appliquer</translation>
    </message>
    <message>
        <source>needs administrator rights, and wsafix runs without them</source>
        <translation>nécessite des droits d&apos;administrateur, et wsafix s&apos;exécute sans eux</translation>
    </message>
    <message>
        <source>cannot run here</source>
        <translation>ne peut pas s&apos;exécuter ici</translation>
    </message>
    <message>
        <source>checking…</source>
        <translation>vérification…</translation>
    </message>
    <message>
        <source>Nothing needs fixing: the examination found no problem that a fix could solve. Click Continue to check the connection.</source>
        <translation>Rien à corriger : l&apos;examen n&apos;a trouvé aucun problème qu&apos;un correctif pourrait résoudre. Cliquez sur Continuer pour vérifier la connexion.</translation>
    </message>
    <message>
        <source>These are the fixes the findings call for, the gentlest first. Tick the ones to try and click Apply: a snapshot is taken first and a fix that fails is undone. This is a simulated machine, so no real computer changes.</source>
        <translation>Voici les correctifs que demandent les problèmes, le plus doux d&apos;abord. Cochez ceux à essayer et cliquez sur Appliquer : un instantané est pris d&apos;abord, et un correctif qui échoue est annulé. Il s&apos;agit d&apos;un ordinateur simulé : aucun ordinateur réel n&apos;est modifié.</translation>
    </message>
    <message>
        <source>These are the fixes the findings call for, the gentlest first, with the exact commands they run. Tick the ones to try and click Apply: a snapshot is taken first, and a fix that fails is undone on the spot. Every snapshot below can be restored.</source>
        <translation>Voici les correctifs que demandent les problèmes, le plus doux d&apos;abord, avec les commandes exactes qu&apos;ils exécutent. Cochez ceux à essayer et cliquez sur Appliquer : un instantané est pris d&apos;abord, et un correctif qui échoue est annulé sur-le-champ. Chaque instantané ci-dessous peut être restauré.</translation>
    </message>
    <message>
        <source>On a real computer, %1 need administrator rights, which this simulated machine does not have: wsafix would ask to run this step as administrator. In training the simulated machine goes ahead.</source>
        <translation>Sur un ordinateur réel, %1 nécessitent des droits d&apos;administrateur, que cet ordinateur simulé n&apos;a pas : wsafix demanderait à exécuter cette étape en tant qu&apos;administrateur. En entraînement, l&apos;ordinateur simulé continue.</translation>
    </message>
    <message>
        <source>Checking what each fix would run here…</source>
        <translation>Vérification de ce que chaque correctif exécuterait ici…</translation>
    </message>
    <message>
        <source>waiting…</source>
        <translation>en attente…</translation>
    </message>
    <message numerus="yes">
        <source>Applying %n fix(es) on %1</source>
        <translation>
            <numerusform>Application de %n correctif sur %1</numerusform>
            <numerusform>Application de %n correctifs sur %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Restoring snapshot %1</source>
        <translation>Restauration de l&apos;instantané %1</translation>
    </message>
    <message>
        <source>Rolling back what an interrupted run left open</source>
        <translation>Annulation de ce qu&apos;une exécution interrompue a laissé ouvert</translation>
    </message>
    <message>
        <source>Taking the snapshot…</source>
        <translation>Prise de l&apos;instantané…</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>Traitement en cours…</translation>
    </message>
    <message>
        <source>Done: the result of each fix is in the list and below.</source>
        <translation>Terminé : le résultat de chaque correctif figure dans la liste et ci-dessous.</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Terminé.</translation>
    </message>
    <message>
        <source>Interrupted change</source>
        <translation>Modification interrompue</translation>
    </message>
    <message>
        <source>cannot be listed: %1</source>
        <translation>impossible de les lister : %1</translation>
    </message>
    <message>
        <source>(none: the fix cannot run here)</source>
        <translation>(aucune : le correctif ne peut pas s&apos;exécuter ici)</translation>
    </message>
    <message>
        <source>(none: the simulated machine runs no commands)</source>
        <translation>(aucune : l&apos;ordinateur simulé n&apos;exécute aucune commande)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucune)</translation>
    </message>
    <message>
        <source>unavailable: %1</source>
        <translation>indisponible : %1</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>prêt</translation>
    </message>
    <message>
        <source>refused: %1</source>
        <translation>refusé : %1</translation>
    </message>
    <message>
        <source>Waiting for you to keep or revert the change…</source>
        <translation>En attente : conservez ou annulez la modification…</translation>
    </message>
    <message>
        <source>Undoing %1 failed; the auto-revert guard puts the snapshot back now.</source>
        <translation>L&apos;annulation de %1 a échoué ; la protection de retour automatique restaure l&apos;instantané maintenant.</translation>
    </message>
    <message>
        <source>You kept the change of %1; the auto-revert guard stood down.</source>
        <translation>Vous avez conservé la modification de %1 ; la protection de retour automatique s&apos;est retirée.</translation>
    </message>
    <message>
        <source>%1: not run (stopped)</source>
        <translation>%1 : non exécuté (arrêté)</translation>
    </message>
    <message>
        <source>Auto-revert guard: %1</source>
        <translation>Protection de retour automatique : %1</translation>
    </message>
    <message>
        <source>The session could not be read back: %1</source>
        <translation>La session n&apos;a pas pu être relue : %1</translation>
    </message>
    <message>
        <source>%1: not run, because the change before it was undone</source>
        <translation>%1 : non exécuté, car la modification précédente a été annulée</translation>
    </message>
    <message>
        <source>Asking for administrator rights to run: %1</source>
        <translation>Demande des droits d&apos;administrateur pour exécuter : %1</translation>
    </message>
    <message>
        <source>Waiting for the administrator step: the password prompt, then the fixes…</source>
        <translation>En attente de l&apos;étape administrateur : la demande de mot de passe, puis les corrections…</translation>
    </message>
    <message>
        <source>Administrator step: %1</source>
        <translation>Étape administrateur : %1</translation>
    </message>
    <message>
        <source>The administrator step still lacked administrator rights: nothing was changed.</source>
        <translation>L&apos;étape administrateur n&apos;avait toujours pas les droits d&apos;administrateur : rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>Nothing was run as administrator: %1.</source>
        <translation>Rien n&apos;a été exécuté en tant qu&apos;administrateur : %1.</translation>
    </message>
    <message>
        <source>On a real computer, %1 needs a restart to finish; wsafix would then re-open at its verify page.</source>
        <translation>Sur un vrai ordinateur, %1 nécessite un redémarrage pour se terminer ; wsafix se rouvrirait ensuite à sa page de vérification.</translation>
    </message>
    <message>
        <source>Restart the computer to finish %1: wsafix re-opens at the verify page after the restart.</source>
        <translation>Redémarrez l&apos;ordinateur pour terminer %1 : wsafix se rouvre à la page de vérification après le redémarrage.</translation>
    </message>
    <message>
        <source>Restart the computer to finish %1, then run wsafix --resume %2 (wsafix could not set itself to re-open: %3).</source>
        <translation>Redémarrez l&apos;ordinateur pour terminer %1, puis exécutez wsafix --resume %2 (wsafix n&apos;a pas pu se programmer pour se rouvrir : %3).</translation>
    </message>
    <message>
        <source>needs administrator</source>
        <translation>nécessite un administrateur</translation>
    </message>
    <message>
        <source>needs administrator rights, and wsafix runs without them: tick it and click Run as administrator</source>
        <translation>nécessite les droits d’administrateur, et wsafix s’exécute sans eux : cochez-la et cliquez sur « Exécuter en tant qu’administrateur »</translation>
    </message>
    <message>
        <source>%1 need administrator rights, and wsafix runs as an ordinary user. Tick the ones to try and click Run as administrator to run just those with the password of an administrator (the rest of the wizard stays as it is), or ask an administrator to run: wsafix fix %2</source>
        <translation>%1 nécessitent les droits d’administrateur, et wsafix s’exécute en tant qu’utilisateur ordinaire. Cochez celles à essayer et cliquez sur « Exécuter en tant qu’administrateur » pour n’exécuter que celles-ci avec le mot de passe d’un administrateur (le reste de l’assistant reste tel quel), ou demandez à un administrateur d’exécuter : wsafix fix %2</translation>
    </message>
    <message>
        <source>%1 need administrator rights: click Run as administrator, or untick them to go on without them.</source>
        <translation>%1 nécessitent les droits d’administrateur : cliquez sur « Exécuter en tant qu’administrateur », ou décochez-les pour continuer sans elles.</translation>
    </message>
    <message>
        <source>Tick the fixes to run as administrator first.</source>
        <translation>Cochez d’abord les réparations à exécuter en tant qu’administrateur.</translation>
    </message>
</context>
<context>
    <name>wsafix::IntakePage</name>
    <message>
        <source>Describe the error</source>
        <translation>Décrire l&apos;erreur</translation>
    </message>
    <message>
        <source>Type the error the user sees, and if you know them, the program that fails and the server it connects to; then click Next to examine the computer.</source>
        <translation>Saisissez l&apos;erreur que voit l&apos;utilisateur et, si vous les connaissez, le programme défaillant et le serveur auquel il se connecte ; cliquez ensuite sur Suivant pour examiner l&apos;ordinateur.</translation>
    </message>
    <message>
        <source>Error code</source>
        <translation>Code d&apos;erreur</translation>
    </message>
    <message>
        <source>e.g. 0x00002748, 10056 or WSAEISCONN</source>
        <translation>p. ex. 0x00002748, 10056 ou WSAEISCONN</translation>
    </message>
    <message>
        <source>Failing application</source>
        <translation>Application défaillante</translation>
    </message>
    <message>
        <source>optional: program name or PID, e.g. OUTLOOK.EXE</source>
        <translation>facultatif : nom du programme ou PID, p. ex. OUTLOOK.EXE</translation>
    </message>
    <message>
        <source>Target host</source>
        <translation>Hôte cible</translation>
    </message>
    <message>
        <source>optional: e.g. mail.example.com or 192.0.2.10</source>
        <translation>facultatif : p. ex. mail.example.com ou 192.0.2.10</translation>
    </message>
    <message>
        <source>Target port</source>
        <translation>Port cible</translation>
    </message>
    <message>
        <source>1–65535</source>
        <translation>1–65535</translation>
    </message>
    <message>
        <source>Ticket number</source>
        <translation>Numéro de ticket</translation>
    </message>
    <message>
        <source>optional: e.g. INC0012345</source>
        <translation>facultatif : p. ex. INC0012345</translation>
    </message>
    <message>
        <source>Elevated: yes — wsafix runs with administrator rights.</source>
        <translation>Élevé : oui — wsafix s&apos;exécute avec des droits d&apos;administrateur.</translation>
    </message>
    <message>
        <source>Elevated: no — wsafix can examine this computer, but fixes will need an administrator.</source>
        <translation>Élevé : non — wsafix peut examiner cet ordinateur, mais les correctifs nécessiteront un administrateur.</translation>
    </message>
    <message>
        <source>&amp;Error code:</source>
        <translation>Code d&apos;&amp;erreur :</translation>
    </message>
    <message>
        <source>Failing &amp;application:</source>
        <translation>&amp;Application défaillante :</translation>
    </message>
    <message>
        <source>Target &amp;host:</source>
        <translation>&amp;Hôte cible :</translation>
    </message>
    <message>
        <source>Target &amp;port:</source>
        <translation>&amp;Port cible :</translation>
    </message>
    <message>
        <source>&amp;Ticket:</source>
        <translation>&amp;Ticket :</translation>
    </message>
    <message>
        <source>Analy&amp;ze pasted output…</source>
        <translation>Anal&amp;yser une sortie collée…</translation>
    </message>
    <message>
        <source>Practise on a simulated computer with a story; nothing on this computer changes.</source>
        <translation>Entraînez-vous sur un ordinateur simulé avec une histoire ; rien ne change sur cet ordinateur.</translation>
    </message>
    <message>
        <source>Listing running programs…</source>
        <translation>Liste des programmes en cours d&apos;exécution…</translation>
    </message>
    <message>
        <source>The program list is unavailable (%1); type the name instead.</source>
        <translation>La liste des programmes est indisponible (%1) ; saisissez plutôt le nom.</translation>
    </message>
    <message>
        <source>Running programs listed: %1. Pick one, or type a name or PID.</source>
        <translation>Programmes en cours d&apos;exécution listés : %1. Choisissez-en un, ou saisissez un nom ou un PID.</translation>
    </message>
    <message>
        <source>Next examines the %1 instead of this computer.</source>
        <translation>Suivant examine %1 au lieu de cet ordinateur.</translation>
    </message>
    <message>
        <source>Filled in from a support link. Check the details, then click Next.</source>
        <translation>Rempli à partir d&apos;un lien d&apos;assistance. Vérifiez les informations, puis cliquez sur Suivant.</translation>
    </message>
    <message>
        <source>The support link was not used: %1. Type the details instead.</source>
        <translation>Le lien d&apos;assistance n&apos;a pas été utilisé : %1. Saisissez plutôt les informations.</translation>
    </message>
    <message>
        <source>The host name is too long.</source>
        <translation>Le nom d&apos;hôte est trop long.</translation>
    </message>
    <message>
        <source>The host is not a valid IPv6 address.</source>
        <translation>L&apos;hôte n&apos;est pas une adresse IPv6 valide.</translation>
    </message>
    <message>
        <source>The host is not a valid IPv4 address.</source>
        <translation>L&apos;hôte n&apos;est pas une adresse IPv4 valide.</translation>
    </message>
    <message>
        <source>The host may contain only letters, digits, dots and hyphens (e.g. mail.example.com).</source>
        <translation>L&apos;hôte ne peut contenir que des lettres, des chiffres, des points et des traits d&apos;union (p. ex. mail.example.com).</translation>
    </message>
    <message>
        <source>The port must be a number from 1 to 65535.</source>
        <translation>Le port doit être un nombre de 1 à 65535.</translation>
    </message>
    <message>
        <source>The ticket may contain only letters, digits and . _ # / -</source>
        <translation>Le ticket ne peut contenir que des lettres, des chiffres et . _ # / -</translation>
    </message>
    <message>
        <source>Type the error code the user sees (for example 0x00002748).</source>
        <translation>Saisissez le code d&apos;erreur que voit l&apos;utilisateur (par exemple 0x00002748).</translation>
    </message>
    <message>
        <source>Type the port as well, or clear the host.</source>
        <translation>Saisissez aussi le port, ou videz l&apos;hôte.</translation>
    </message>
    <message>
        <source>Type the host as well, or clear the port.</source>
        <translation>Saisissez aussi l&apos;hôte, ou videz le port.</translation>
    </message>
    <message>
        <source>The error as the user sees it: a number, a hexadecimal code or a name. Its meaning is shown below the field as you type.</source>
        <translation>L&apos;erreur telle que l&apos;utilisateur la voit : un nombre, un code hexadécimal ou un nom. Sa signification s&apos;affiche sous le champ pendant la saisie.</translation>
    </message>
    <message>
        <source>Optional: the program that shows the error. Pick a running program from the list, or type its name or PID.</source>
        <translation>Facultatif : le programme qui affiche l&apos;erreur. Choisissez un programme en cours d&apos;exécution dans la liste, ou saisissez son nom ou son PID.</translation>
    </message>
    <message>
        <source>Optional: the server the program connects to, as a name or an address. Verify connects to it after the fix.</source>
        <translation>Facultatif : le serveur auquel le programme se connecte, sous forme de nom ou d&apos;adresse. Vérifier s&apos;y connecte après le correctif.</translation>
    </message>
    <message>
        <source>The port of the target host, from 1 to 65535; needed when a host is given.</source>
        <translation>Le port de l&apos;hôte cible, de 1 à 65535 ; nécessaire quand un hôte est indiqué.</translation>
    </message>
    <message>
        <source>Optional: the support ticket, written into the report.</source>
        <translation>Facultatif : le ticket d&apos;assistance, écrit dans le rapport.</translation>
    </message>
    <message>
        <source>Examine the command output a user pasted into a ticket instead of this computer.</source>
        <translation>Examiner la sortie de commande qu&apos;un utilisateur a collée dans un ticket au lieu de cet ordinateur.</translation>
    </message>
    <message>
        <source>Tra&amp;ining mode…</source>
        <translation>&amp;Mode entraînement…</translation>
    </message>
</context>
<context>
    <name>wsafix::KeepChangesDialog</name>
    <message>
        <source>Keep these changes?</source>
        <translation>Conserver ces modifications ?</translation>
    </message>
    <message>
        <source>%v s</source>
        <translation>%v s</translation>
    </message>
    <message>
        <source>&amp;Keep changes</source>
        <translation>&amp;Conserver les modifications</translation>
    </message>
    <message>
        <source>&amp;Revert now</source>
        <translation>&amp;Rétablir maintenant</translation>
    </message>
    <message>
        <source>Waiting for the safety timer to finish…</source>
        <translation>Attente de la fin du minuteur de sécurité…</translation>
    </message>
    <message>
        <source>The safety timer did not report back. Check the network settings, and restore snapshot %1 from the fix page if needed (its log: %2).</source>
        <translation>Le minuteur de sécurité n&apos;a pas répondu. Vérifiez les paramètres réseau et, si nécessaire, restaurez l&apos;instantané %1 depuis la page des correctifs (son journal : %2).</translation>
    </message>
    <message numerus="yes">
        <source>The change is made. If this computer can still reach the network, keep it. Otherwise do nothing: in %n second(s) the previous settings come back by themselves.</source>
        <translation>
            <numerusform>La modification est effectuée. Si cet ordinateur peut encore accéder au réseau, conservez-la. Sinon, ne faites rien : dans %n seconde, les paramètres précédents seront rétablis automatiquement.</numerusform>
            <numerusform>La modification est effectuée. Si cet ordinateur peut encore accéder au réseau, conservez-la. Sinon, ne faites rien : dans %n secondes, les paramètres précédents seront rétablis automatiquement.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>wsafix::LatencyChart</name>
    <message>
        <source>Connection time per attempt</source>
        <translation>Temps de connexion par tentative</translation>
    </message>
    <message>
        <source>connected (ms)</source>
        <translation>connecté (ms)</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>échec</translation>
    </message>
    <message>
        <source>attempt</source>
        <translation>tentative</translation>
    </message>
    <message>
        <source>milliseconds</source>
        <translation>millisecondes</translation>
    </message>
    <message>
        <source>No connection attempts: no target host and port were given.</source>
        <translation>Aucune tentative de connexion : aucun hôte ni port cible n&apos;a été indiqué.</translation>
    </message>
    <message>
        <source>attempt %1: connected in %2 ms</source>
        <translation>tentative %1 : connectée en %2 ms</translation>
    </message>
    <message>
        <source>attempt %1: failed after %2 ms</source>
        <translation>tentative %1 : échec après %2 ms</translation>
    </message>
    <message>
        <source>%1 of %2 attempts connected. %3</source>
        <translation>%1 tentatives sur %2 connectées. %3</translation>
    </message>
</context>
<context>
    <name>wsafix::NamespaceModel</name>
    <message>
        <source>This file does not exist: lookups through this provider fail.</source>
        <translation>Ce fichier n&apos;existe pas : les recherches par ce fournisseur échouent.</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source> (missing)</source>
        <translation> (manquant)</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Fournisseur</translation>
    </message>
    <message>
        <source>Name space</source>
        <translation>Espace de noms</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Provider ID</source>
        <translation>ID du fournisseur</translation>
    </message>
</context>
<context>
    <name>wsafix::ProbeTab</name>
    <message>
        <source>%1 table</source>
        <translation>Tableau %1</translation>
    </message>
    <message>
        <source>Copy the %1 table</source>
        <translation>Copier le tableau %1</translation>
    </message>
    <message>
        <source>Copies the rows shown, tab-separated, for a ticket or a spreadsheet.</source>
        <translation>Copie les lignes affichées, séparées par des tabulations, pour un ticket ou un tableur.</translation>
    </message>
    <message>
        <source>Filter: program, PID, address, port or state</source>
        <translation>Filtre : programme, PID, adresse, port ou état</translation>
    </message>
    <message>
        <source>&amp;Filter:</source>
        <translation>&amp;Filtre :</translation>
    </message>
    <message>
        <source>unavailable: %1</source>
        <translation>indisponible : %1</translation>
    </message>
    <message>
        <source>Rows: %1</source>
        <translation>Lignes : %1</translation>
    </message>
    <message>
        <source>Rows: %1 of %2</source>
        <translation>Lignes : %1 sur %2</translation>
    </message>
    <message>
        <source>Co&amp;py table</source>
        <translation>&amp;Copier le tableau</translation>
    </message>
    <message>
        <source>Filter the rows</source>
        <translation>Filtrer les lignes</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
</context>
<context>
    <name>wsafix::RecoveryBanner</name>
    <message>
        <source>&amp;Roll back the interrupted change</source>
        <translation>A&amp;nnuler la modification interrompue</translation>
    </message>
    <message>
        <source>The fix journal cannot be read, so wsafix cannot tell whether an earlier run was interrupted: %1</source>
        <translation>Le journal des correctifs ne peut pas être lu : wsafix ne peut donc pas savoir si une exécution précédente a été interrompue : %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %2 (snapshot %3, stopped after %n journal step(s))</source>
        <translation>
            <numerusform>%1 de %2 (instantané %3, arrêtée après %n étape du journal)</numerusform>
            <numerusform>%1 de %2 (instantané %3, arrêtée après %n étapes du journal)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 on another machine (%3) is left as it is</source>
        <translation>%1 de %2 sur un autre ordinateur (%3) est laissée telle quelle</translation>
    </message>
    <message>
        <source>wsafix was interrupted while it changed this machine, so the change may be half made: %1. Rolling back puts the machine back as the snapshot taken before it; nothing is rolled back until you click.</source>
        <translation>wsafix a été interrompu pendant qu&apos;il modifiait cet ordinateur : la modification n&apos;est peut-être faite qu&apos;à moitié : %1. La restauration remet l&apos;ordinateur dans l&apos;état de l&apos;instantané pris avant ; rien n&apos;est restauré tant que vous n&apos;avez pas cliqué.</translation>
    </message>
    <message>
        <source>An earlier change was interrupted</source>
        <translation>Une modification précédente a été interrompue</translation>
    </message>
    <message>
        <source>wsafix stopped in the middle of changing this machine (it crashed, was killed, or the power went), so the machine may be half changed.</source>
        <translation>wsafix s&apos;est arrêté au milieu d&apos;une modification de cet ordinateur (il a planté, a été arrêté de force, ou le courant a été coupé) : l&apos;ordinateur n&apos;est peut-être modifié qu&apos;à moitié.</translation>
    </message>
    <message>
        <source>Interrupted: %1.

Roll back now to put the machine back as the snapshot taken before the change. If you choose Not now, the Fix page keeps offering it.</source>
        <translation>Interrompu : %1.

Restaurez maintenant pour remettre l&apos;ordinateur dans l&apos;état de l&apos;instantané pris avant la modification. Si vous choisissez « Pas maintenant », la page des correctifs continuera de le proposer.</translation>
    </message>
    <message>
        <source>&amp;Roll back now</source>
        <translation>&amp;Restaurer maintenant</translation>
    </message>
    <message>
        <source>&amp;Not now</source>
        <translation>&amp;Pas maintenant</translation>
    </message>
</context>
<context>
    <name>wsafix::ReportPage</name>
    <message>
        <source>Report</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <source>Here is the report of this session. Click Copy summary to paste it into the ticket, or save the report as a file to attach it; then click Finish.</source>
        <translation>Voici le rapport de cette session. Cliquez sur Copier le résumé pour le coller dans le ticket, ou enregistrez le rapport dans un fichier pour le joindre ; cliquez ensuite sur Terminer.</translation>
    </message>
    <message>
        <source>C&amp;opy summary</source>
        <translation>C&amp;opier le résumé</translation>
    </message>
    <message>
        <source>A short Markdown summary for the ticket, on the clipboard</source>
        <translation>Un court résumé Markdown pour le ticket, dans le presse-papiers</translation>
    </message>
    <message>
        <source>&amp;Change…</source>
        <translation>Modi&amp;fier…</translation>
    </message>
    <message>
        <source>Save as:</source>
        <translation>Enregistrer sous :</translation>
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
        <translation>Enregistrer le rapport comme fichier %1 dans le dossier ci-dessous</translation>
    </message>
    <message>
        <source>Reports are saved in %1</source>
        <translation>Les rapports sont enregistrés dans %1</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>Impossible d&apos;enregistrer %1 : %2</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 enregistré.</translation>
    </message>
    <message>
        <source>The summary, with personal data redacted, is on the clipboard, ready to paste into the ticket.</source>
        <translation>Le résumé, données personnelles masquées, est dans le presse-papiers, prêt à être collé dans le ticket.</translation>
    </message>
    <message>
        <source>The summary is on the clipboard, ready to paste into the ticket.</source>
        <translation>Le résumé est dans le presse-papiers, prêt à être collé dans le ticket.</translation>
    </message>
    <message>
        <source>Could not open %1.</source>
        <translation>Impossible d&apos;ouvrir %1.</translation>
    </message>
    <message>
        <source>Save reports in</source>
        <translation>Enregistrer les rapports dans</translation>
    </message>
    <message>
        <source>Open fo&amp;lder</source>
        <translation>Ouvrir le &amp;dossier</translation>
    </message>
    <message>
        <source>A preview of the report of this session, as it is saved and printed.</source>
        <translation>Un aperçu du rapport de cette session, tel qu&apos;il est enregistré et imprimé.</translation>
    </message>
    <message>
        <source>Show the folder the reports are saved in, in the file manager</source>
        <translation>Afficher le dossier où les rapports sont enregistrés, dans le gestionnaire de fichiers</translation>
    </message>
    <message>
        <source>Change the folder</source>
        <translation>Changer le dossier</translation>
    </message>
    <message>
        <source>Choose the folder the reports are saved in</source>
        <translation>Choisir le dossier où les rapports sont enregistrés</translation>
    </message>
    <message>
        <source>Save as %1</source>
        <translation>Enregistrer en %1</translation>
    </message>
    <message>
        <source>Preparing the report…</source>
        <translation>Préparation du rapport…</translation>
    </message>
    <message>
        <source>The report is written in English, so that every help desk can read it.</source>
        <translation>Le rapport est rédigé en anglais, pour que tout service d’assistance puisse le lire.</translation>
    </message>
    <message>
        <source>&amp;Include names and addresses (not redacted)</source>
        <translation>Inclure les noms et adre&amp;sses (non masqués)</translation>
    </message>
    <message>
        <source>Show user and host names, addresses, account SIDs, e-mail addresses and network names as they are, in the preview, the summary and every saved file</source>
        <translation>Afficher tels quels les noms d&apos;utilisateur et d&apos;hôte, les adresses, les SID de compte, les adresses e-mail et les noms de réseau, dans l&apos;aperçu, le résumé et chaque fichier enregistré</translation>
    </message>
    <message>
        <source>Redacted: user and host names, addresses, account SIDs, e-mail addresses and network names are replaced by placeholders such as &lt;host-1&gt; in the preview, the summary and every saved file.</source>
        <translation>Masqué : les noms d&apos;utilisateur et d&apos;hôte, les adresses, les SID de compte, les adresses e-mail et les noms de réseau sont remplacés par des espaces réservés comme &lt;host-1&gt; dans l&apos;aperçu, le résumé et chaque fichier enregistré.</translation>
    </message>
    <message>
        <source>Not redacted: the preview, the summary and the saved files show user and host names, addresses and network names as they are.</source>
        <translation>Non masqué : l&apos;aperçu, le résumé et les fichiers enregistrés montrent tels quels les noms d&apos;utilisateur et d&apos;hôte, les adresses et les noms de réseau.</translation>
    </message>
</context>
<context>
    <name>wsafix::SessionController</name>
    <message>
        <source>pasted outputs</source>
        <translation>sorties collées</translation>
    </message>
    <message>
        <source>pasted outputs of %1</source>
        <translation>sorties collées de %1</translation>
    </message>
    <message>
        <source>simulated machine: %1</source>
        <translation>ordinateur simulé : %1</translation>
    </message>
    <message>
        <source>this computer: %1</source>
        <translation>cet ordinateur : %1</translation>
    </message>
</context>
<context>
    <name>wsafix::SnapshotList</name>
    <message>
        <source>Snapshots of this session</source>
        <translation>Instantanés de cette session</translation>
    </message>
    <message>
        <source>Snapshot</source>
        <translation>Instantané</translation>
    </message>
    <message>
        <source>Taken for</source>
        <translation>Pris pour</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Pris le</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>intact</source>
        <translation>intact</translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation>Restaurer…</translation>
    </message>
    <message>
        <source>Restore snapshot %1</source>
        <translation>Restaurer l&apos;instantané %1</translation>
    </message>
    <message>
        <source>none yet: each fix takes one before it changes anything</source>
        <translation>aucun pour l&apos;instant : chaque correctif en prend un avant de modifier quoi que ce soit</translation>
    </message>
    <message>
        <source>Restore snapshot?</source>
        <translation>Restaurer l&apos;instantané ?</translation>
    </message>
    <message>
        <source>Put the machine back as snapshot %1 found it?</source>
        <translation>Remettre l&apos;ordinateur dans l&apos;état où l&apos;instantané %1 l&apos;a trouvé ?</translation>
    </message>
    <message>
        <source>This undoes the fix the snapshot was taken for; a fix applied after it that changed the same settings is undone too. Every step is journaled, and a check afterwards says whether the machine matches the snapshot.</source>
        <translation>Cela annule le correctif pour lequel l&apos;instantané a été pris ; un correctif appliqué ensuite qui a modifié les mêmes paramètres est annulé lui aussi. Chaque étape est journalisée, et une vérification finale indique si l&apos;ordinateur correspond à l&apos;instantané.</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurer</translation>
    </message>
</context>
<context>
    <name>wsafix::SocketModel</name>
    <message>
        <source>Protocol</source>
        <translation>Protocole</translation>
    </message>
    <message>
        <source>Local address</source>
        <translation>Adresse locale</translation>
    </message>
    <message>
        <source>Remote address</source>
        <translation>Adresse distante</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>PID</source>
        <translation>PID</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Programme</translation>
    </message>
</context>
<context>
    <name>wsafix::StepsPanel</name>
    <message>
        <source>Steps</source>
        <translation>Étapes</translation>
    </message>
    <message>
        <source>Step %1 of %2, current: %3</source>
        <translation>Étape %1 sur %2, en cours : %3</translation>
    </message>
    <message>
        <source>Step %1: %2</source>
        <translation>Étape %1 : %2</translation>
    </message>
    <message>
        <source>The session could not be saved: %1</source>
        <translation>Impossible d&apos;enregistrer la session : %1</translation>
    </message>
</context>
<context>
    <name>wsafix::TcpStateChart</name>
    <message>
        <source>TCP sockets per state</source>
        <translation>Sockets TCP par état</translation>
    </message>
    <message>
        <source>The TCP states appear here when the examination ends.</source>
        <translation>Les états TCP apparaissent ici à la fin de l&apos;examen.</translation>
    </message>
    <message>
        <source>the whole machine</source>
        <translation>tout l&apos;ordinateur</translation>
    </message>
    <message>
        <source>TCP states of %1: at detect time and now</source>
        <translation>États TCP de %1 : lors de detect et maintenant</translation>
    </message>
    <message>
        <source>TCP states of %1 now (no examination before the fix to compare with)</source>
        <translation>États TCP de %1 maintenant (pas d&apos;examen avant le correctif pour comparer)</translation>
    </message>
    <message>
        <source>PID %1</source>
        <translation>PID %1</translation>
    </message>
    <message>
        <source>1 TCP socket</source>
        <translation>1 socket TCP</translation>
    </message>
    <message>
        <source>%1 TCP sockets</source>
        <translation>%1 sockets TCP</translation>
    </message>
    <message>
        <source>TCP states of the whole machine (%1; no target program was given)</source>
        <translation>États TCP de tout l&apos;ordinateur (%1 ; aucun programme cible indiqué)</translation>
    </message>
    <message>
        <source>%1 has no TCP sockets</source>
        <translation>%1 n&apos;a aucun socket TCP</translation>
    </message>
    <message>
        <source>TCP states of %1 (%2)</source>
        <translation>États TCP de %1 (%2)</translation>
    </message>
    <message>
        <source>now</source>
        <translation>maintenant</translation>
    </message>
    <message>
        <source>sockets</source>
        <translation>sockets</translation>
    </message>
    <message>
        <source>at detect</source>
        <translation>lors de detect</translation>
    </message>
    <message>
        <source>%1: %2 at detect, %3 now</source>
        <translation>%1 : %2 lors de detect, %3 maintenant</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
</context>
<context>
    <name>wsafix::TrainingDialog</name>
    <message>
        <source>wsafix — training mode</source>
        <translation>wsafix — mode entraînement</translation>
    </message>
    <message>
        <source>Practise on a simulated computer. Pick a machine and read its story; the wizard then examines that machine. Fixes change only the simulation, and the Verify step tells you whether you chose well. Nothing on this computer changes.</source>
        <translation>Entraînez-vous sur un ordinateur simulé. Choisissez un ordinateur et lisez son histoire ; l&apos;assistant examine ensuite cet ordinateur. Les correctifs ne modifient que la simulation, et l&apos;étape Vérifier vous dit si vous avez bien choisi. Rien ne change sur cet ordinateur.</translation>
    </message>
    <message>
        <source>Training scenarios</source>
        <translation>Scénarios d&apos;entraînement</translation>
    </message>
    <message>
        <source>This scenario cannot be loaded: %1</source>
        <translation>Impossible de charger ce scénario : %1</translation>
    </message>
    <message>
        <source>The story of the chosen scenario</source>
        <translation>L&apos;histoire du scénario choisi</translation>
    </message>
    <message>
        <source>&amp;Start training</source>
        <translation>&amp;Commencer l&apos;entraînement</translation>
    </message>
    <message>
        <source>Scenario: %1</source>
        <translation>Scénario : %1</translation>
    </message>
</context>
<context>
    <name>wsafix::TrainingReviewPanel</name>
    <message>
        <source>Training: right call</source>
        <translation>Entraînement : bonne décision</translation>
    </message>
    <message>
        <source>Training: no fix was needed</source>
        <translation>Entraînement : aucun correctif n&apos;était nécessaire</translation>
    </message>
    <message>
        <source>Training: well chosen</source>
        <translation>Entraînement : bien choisi</translation>
    </message>
    <message>
        <source>Training: fixed, but a less invasive fix existed</source>
        <translation>Entraînement : corrigé, mais un correctif moins invasif existait</translation>
    </message>
    <message>
        <source>Training: not fixed</source>
        <translation>Entraînement : non corrigé</translation>
    </message>
    <message>
        <source>Training: made worse</source>
        <translation>Entraînement : aggravé</translation>
    </message>
    <message>
        <source>Training: the review of your choice appears here when the check ends.</source>
        <translation>Entraînement : l&apos;évaluation de votre choix apparaît ici à la fin de la vérification.</translation>
    </message>
    <message>
        <source>Gentler: %1.</source>
        <translation>Plus doux : %1.</translation>
    </message>
</context>
<context>
    <name>wsafix::VerifyPage</name>
    <message>
        <source>&amp;Cancel check</source>
        <translation>&amp;Annuler la vérification</translation>
    </message>
    <message>
        <source>&amp;Check again</source>
        <translation>&amp;Vérifier de nouveau</translation>
    </message>
    <message>
        <source>Check progress</source>
        <translation>Progression de la vérification</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>Vérifier</translation>
    </message>
    <message>
        <source>No problems found, before or after.</source>
        <translation>Aucun problème trouvé, ni avant ni après.</translation>
    </message>
    <message>
        <source>TCP states at detect time and now</source>
        <translation>États TCP lors de detect et maintenant</translation>
    </message>
    <message>
        <source>Changes since the first examination</source>
        <translation>Changements depuis le premier examen</translation>
    </message>
    <message>
        <source>&amp;Findings</source>
        <translation>&amp;Problèmes</translation>
    </message>
    <message>
        <source>C&amp;onnections</source>
        <translation>C&amp;onnexions</translation>
    </message>
    <message>
        <source>&amp;TCP states</source>
        <translation>États &amp;TCP</translation>
    </message>
    <message>
        <source>Changes since &amp;detect</source>
        <translation>Changements depuis &amp;detect</translation>
    </message>
    <message>
        <source>Connection attempts</source>
        <translation>Tentatives de connexion</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
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
        <translation>Erreur</translation>
    </message>
    <message>
        <source>wsafix is checking the computer again and connecting to %1:%2 %3 times. Wait for the verdict, or click Cancel.</source>
        <translation>wsafix examine de nouveau l&apos;ordinateur et se connecte %3 fois à %1:%2. Attendez le verdict, ou cliquez sur Annuler.</translation>
    </message>
    <message>
        <source>wsafix is checking the computer again. Wait for the verdict, or click Cancel.</source>
        <translation>wsafix examine de nouveau l&apos;ordinateur. Attendez le verdict, ou cliquez sur Annuler.</translation>
    </message>
    <message>
        <source>The comparison with the first examination appears here when the check ends.</source>
        <translation>La comparaison avec le premier examen apparaît ici à la fin de la vérification.</translation>
    </message>
    <message>
        <source>Failed.</source>
        <translation>Échec.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>Finished.</source>
        <translation>Terminé.</translation>
    </message>
    <message>
        <source>Verdict: %1</source>
        <translation>Verdict : %1</translation>
    </message>
    <message>
        <source>The check is done. Verdict: %1. Click Next for the summary.</source>
        <translation>La vérification est terminée. Verdict : %1. Cliquez sur Suivant pour le résumé.</translation>
    </message>
    <message>
        <source>Verification details</source>
        <translation>Détails de la vérification</translation>
    </message>
</context>
<context>
    <name>wsafix::WsafixWizard</name>
    <message>
        <source>wsafix — TRAINING — %1</source>
        <translation>wsafix — ENTRAÎNEMENT — %1</translation>
    </message>
    <message>
        <source>wsafix — %1</source>
        <translation>wsafix — %1</translation>
    </message>
    <message>
        <source>Describe the error</source>
        <translation>Décrire l&apos;erreur</translation>
    </message>
    <message>
        <source>Examine the computer</source>
        <translation>Examiner l&apos;ordinateur</translation>
    </message>
    <message>
        <source>Fix</source>
        <translation>Corriger</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>Vérifier</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <source>&lt;b&gt;TRAINING&lt;/b&gt;&lt;br&gt;%1&lt;br&gt;A simulated computer: nothing you do here changes this one.</source>
        <translation>&lt;b&gt;ENTRAÎNEMENT&lt;/b&gt;&lt;br&gt;%1&lt;br&gt;Un ordinateur simulé : rien de ce que vous faites ici ne modifie celui-ci.</translation>
    </message>
    <message>
        <source>Training mode: a simulated computer</source>
        <translation>Mode entraînement : un ordinateur simulé</translation>
    </message>
    <message>
        <source>wsafix: scenario not loaded</source>
        <translation>wsafix : scénario non chargé</translation>
    </message>
    <message>
        <source>Error code: %1</source>
        <translation>Code d&apos;erreur : %1</translation>
    </message>
    <message>
        <source>Application: %1</source>
        <translation>Application : %1</translation>
    </message>
    <message>
        <source>Target host: %1</source>
        <translation>Hôte cible : %1</translation>
    </message>
    <message>
        <source>Target port: %1</source>
        <translation>Port cible : %1</translation>
    </message>
    <message>
        <source>Ticket: %1</source>
        <translation>Ticket : %1</translation>
    </message>
    <message>
        <source>(the link carries no details)</source>
        <translation>(le lien ne contient aucune information)</translation>
    </message>
    <message>
        <source>wsafix: support link</source>
        <translation>wsafix : lien d&apos;assistance</translation>
    </message>
    <message>
        <source>A support link was not used.</source>
        <translation>Un lien d&apos;assistance n&apos;a pas été utilisé.</translation>
    </message>
    <message>
        <source>Reason: %1.</source>
        <translation>Raison : %1.</translation>
    </message>
    <message>
        <source>A support link arrived while wsafix is examining the computer.</source>
        <translation>Un lien d&apos;assistance est arrivé pendant que wsafix examine l&apos;ordinateur.</translation>
    </message>
    <message>
        <source>Wait until the examination ends (or cancel it), then open the link again.</source>
        <translation>Attendez la fin de l&apos;examen (ou annulez-le), puis rouvrez le lien.</translation>
    </message>
    <message>
        <source>Start a new session with the details of this support link?</source>
        <translation>Commencer une nouvelle session avec les informations de ce lien d&apos;assistance ?</translation>
    </message>
    <message>
        <source>Replace the details on this page with those of the support link?</source>
        <translation>Remplacer les informations de cette page par celles du lien d&apos;assistance ?</translation>
    </message>
    <message>
        <source>

The current session stays saved.</source>
        <translation>

La session en cours reste enregistrée.</translation>
    </message>
</context>
</TS>
