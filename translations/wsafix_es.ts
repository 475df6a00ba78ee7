<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>AnalyzeCommand</name>
    <message>
        <source>note: %1</source>
        <translation>nota: %1</translation>
    </message>
    <message>
        <source>lines %1-%2: %3, %4</source>
        <translation>líneas %1-%2: %3, %4</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n elemento</numerusform>
            <numerusform>%n elementos</numerusform>
        </translation>
    </message>
    <message>
        <source>reset done</source>
        <translation>restablecimiento realizado</translation>
    </message>
    <message>
        <source>reset not done</source>
        <translation>restablecimiento no realizado</translation>
    </message>
    <message numerus="yes">
        <source>%n step(s) OK</source>
        <translation>
            <numerusform>%n paso correcto</numerusform>
            <numerusform>%n pasos correctos</numerusform>
        </translation>
    </message>
    <message>
        <source>, restart required</source>
        <translation>, hay que reiniciar</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>falló: %1</translation>
    </message>
    <message>
        <source>not used: lines %1-%2: %3: %4</source>
        <translation>sin usar: líneas %1-%2: %3: %4</translation>
    </message>
    <message>
        <source>not used: line %1: %3: %4</source>
        <translation>sin usar: línea %1: %3: %4</translation>
    </message>
    <message>
        <source>No problems found in the pasted outputs.</source>
        <translation>No se encontraron problemas en las salidas pegadas.</translation>
    </message>
    <message numerus="yes">
        <source>Findings (%n), worst first:</source>
        <translation>
            <numerusform>Hallazgo (%n):</numerusform>
            <numerusform>Hallazgos (%n), el más grave primero:</numerusform>
        </translation>
    </message>
    <message>
        <source>wsafix analyze: missing FILE (a saved command output, or - for standard input; see wsafix analyze --help)</source>
        <translation>wsafix analyze: falta ARCHIVO (una salida de comando guardada, o - para la entrada estándar; vea wsafix analyze --help)</translation>
    </message>
    <message>
        <source>wsafix analyze: %1: no command output wsafix knows was recognised (known: netsh winsock show catalog, ipconfig [/all], netstat -ano, Get-NetTCPConnection, Test-NetConnection, netsh int ip reset, netsh winsock reset, netsh interface ip show config, netsh interface dump, Event Viewer text)</source>
        <translation>wsafix analyze: %1: no se reconoció ninguna salida de comando que wsafix conozca (conocidas: netsh winsock show catalog, ipconfig [/all], netstat -ano, Get-NetTCPConnection, Test-NetConnection, netsh int ip reset, netsh winsock reset, netsh interface ip show config, netsh interface dump, texto del Visor de eventos)</translation>
    </message>
    <message>
        <source>wsafix analyze: pasted outputs</source>
        <translation>wsafix analyze: salidas pegadas</translation>
    </message>
    <message>
        <source>wsafix analyze: pasted outputs of %1</source>
        <translation>wsafix analyze: salidas pegadas de %1</translation>
    </message>
    <message>
        <source>Session %1 saved in %2</source>
        <translation>Sesión %1 guardada en %2</translation>
    </message>
</context>
<context>
    <name>CliText</name>
    <message>
        <source>critical</source>
        <translation>crítico</translation>
    </message>
    <message>
        <source>error</source>
        <translation>error</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>advertencia</translation>
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
        <translation>Uso: wsafix decode CÓDIGO [--json]

Explica un error de Winsock o de socket en cualquier forma que peguen los usuarios: 0x00002748, 0x2748, 2748h,
10056, WSAEISCONN, EISCONN, errno 106, HRESULT 0x80072748, &apos;Socket error # 10056&apos;, una línea de registro entera.
  --json   salida legible por máquina (name, decimal, hex, hresult, message, meaning, causes,
           neighbours)

Salida: 0 descifrado, 2 no entendido (la salida indica lo que se entendió y los códigos más cercanos).
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
        <translation>Uso: wsafix link make [--code C] [--process P] [--host H] [--port N] [--ticket T]
     wsafix link check URL [--json]

Los vínculos de soporte abren el asistente con su primera página rellenada, p. ej.
  wsafix://diagnose?code=0x00002748&amp;process=app.exe&amp;host=example.com&amp;port=443&amp;ticket=INC0012345
Un vínculo solo rellena esa página: nunca puede aplicar una corrección, restaurar una instantánea, ejecutar un
comando ni elegir un archivo.

link make     imprime un vínculo para un correo; cada valor se comprueba como lo comprobará el asistente
  --code C      el código de error (debe poder descifrarse: wsafix decode C)
  --process P   el nombre del programa que falla, p. ej. OrderSync.exe (letras, dígitos, espacio . _ + -)
  --host H      el servidor al que no llega: un nombre DNS o una dirección IPv4/IPv6
  --port N      su puerto (1-65535)
  --ticket T    el número de incidencia (letras, dígitos . _ # -, 64 como máximo)
link check    indica lo que URL rellenaría, o por qué se rechaza; nunca abre una ventana
  --json        salida legible por máquina (claves: schema, accepted, prefill, link, error, parameter)

Salida: 0 válido, 2 rechazado o uso incorrecto.
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
        <translation>Uso: wsafix snapshots list | show ID | restore ID [--json]

Las instantáneas tomadas antes de cada corrección, en el directorio de estado.
  list         todas las instantáneas, con DAMAGED para la que no coincide con sus sumas de comprobación
  show ID      lo que contiene una instantánea (las sumas de comprobación se verifican primero)
  restore ID   devolver el equipo al estado de la instantánea (tras revertir lo que una ejecución
               interrumpida dejó abierto); una instantánea dañada se rechaza

Salida: 0 hecho, 1 instantánea dañada o restauración fallida, 2 entrada incorrecta,
3 requiere elevación.
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
        <translation>Uso: wsafix verify --host H --port P [--count N] [--json]

Demuestra (o refuta) una corrección: vuelve a examinar el equipo y lo compara con el detect de la última
sesión (catálogo de Winsock, estados TCP del programa que falla, adaptadores, eventos nuevos, hallazgos),
resuelve H por su cuenta (un nombre que no se resuelve no es un puerto cerrado) y se conecta N veces a H:P.
  --host H    el host al que se conecta el programa que falla
  --port P    su puerto (1-65535)
  --count N   intentos de conexión (1-1000, 10 por defecto; 2 s de tiempo de espera cada uno)
  --json      salida legible por máquina (claves: schema, session, system, verification)

Continúa la última sesión del directorio de estado y guarda en ella la verificación; sin sesión
se conecta igualmente e indica que no había nada con qué comparar.
Salida: 0 corregido, 1 no corregido o no se pudo verificar, 2 entrada incorrecta.
</translation>
    </message>
    <message>
        <source>unknown option &apos;--%1&apos; for &apos;%2&apos; (see wsafix --help)</source>
        <translation>opción desconocida &apos;--%1&apos; para &apos;%2&apos; (vea wsafix --help)</translation>
    </message>
    <message>
        <source>unknown option &apos;--%1&apos; (see wsafix --help)</source>
        <translation>opción desconocida &apos;--%1&apos; (vea wsafix --help)</translation>
    </message>
    <message>
        <source>option &apos;--%1&apos; needs a value</source>
        <translation>la opción &apos;--%1&apos; necesita un valor</translation>
    </message>
    <message>
        <source>option &apos;--%1&apos; takes no value</source>
        <translation>la opción &apos;--%1&apos; no admite valor</translation>
    </message>
    <message>
        <source>option &apos;%1&apos; needs a value</source>
        <translation>la opción &apos;%1&apos; necesita un valor</translation>
    </message>
    <message>
        <source>unknown option &apos;%1&apos; (see wsafix --help)</source>
        <translation>opción desconocida &apos;%1&apos; (vea wsafix --help)</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos; (see wsafix --help)</source>
        <translation>comando desconocido &apos;%1&apos; (vea wsafix --help)</translation>
    </message>
    <message>
        <source>too many arguments: &apos;%1&apos; (see wsafix --help)</source>
        <translation>demasiados argumentos: &apos;%1&apos; (vea wsafix --help)</translation>
    </message>
    <message>
        <source>Usage: wsafix guard --snapshot ID --timeout S [--session ID]

The auto-revert watchdog, started detached by wsafix fix and the wizard before a fix that can cut
the machine off: unless the change is confirmed within S seconds (1-3600), it restores snapshot ID
and records that in the session. Its files are in the guard folder of the state directory.

Exit: 0 confirmed or restored, 1 the restore failed or the snapshot was refused, 2 bad input.
</source>
        <translation>Uso: wsafix guard --snapshot ID --timeout S [--session ID]

El vigilante de reversión automática, que wsafix fix y el asistente inician como proceso aparte
antes de una corrección que puede dejar el equipo sin red: si el cambio no se confirma en S segundos
(1-3600), restaura la instantánea ID y lo anota en la sesión. Sus archivos están en la carpeta guard
del directorio de estado.

Salida: 0 confirmado o restaurado, 1 la restauración falló o la instantánea se rechazó,
2 entrada incorrecta.
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
        <translation>Uso: wsafix fix ID... [--dry-run] [--yes] [--json] [--guard-timeout S] [--session ID]

Aplica correcciones, cada una de forma segura: una instantánea de todo lo que puede cambiar, cada
paso registrado, una comprobación de que funcionó y una reversión inmediata cuando no. Los ID tal
como `wsafix detect` los recomienda, p. ej. flush-dns, restart-adapter:eth0, reapply-ip:eth0,
remove-preload:/usr/lib/libx.so, restart-service:NetworkManager.service.
  --dry-run   mostrar los comandos exactos y las instantáneas que tomaría; no cambiar nada
  --yes       cambiar de verdad este equipo (no hace falta en un equipo de --scenario)
  --json      salida legible por máquina
  --guard-timeout S   las correcciones que pueden dejar el equipo sin red (restart-adapter,
              reapply-ip, ip-reset) se ejecutan bajo un vigilante de reversión automática: si su
              comprobación no confirma en S segundos (60 por defecto) que el equipo tiene red, se
              restaura la instantánea. 0: sin vigilante, lo que se rechaza para el adaptador que
              lleva la sesión SSH o de Escritorio remoto en la que se ejecuta wsafix
  --session ID        continuar esa sesión en lugar de la última (el paso de corrección elevado)

Primero revierte lo que una ejecución anterior interrumpida dejó a medias. Continúa la última sesión
del directorio de estado. Salida: 0 aplicada y comprobada, 1 fallida (revertida) o no verificada,
2 entrada incorrecta o falta --yes, 3 requiere derechos de root/administrador.
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
        <translation>Uso: wsafix [OPCIONES]
     wsafix --link wsafix://diagnose?...
     wsafix COMANDO [OPCIONES]

Encuentra y corrige las causas de errores de conexión de Winsock como 10056 (WSAEISCONN,
«Se realizó una solicitud de conexión sobre un socket ya conectado»).

Sin comando abre el asistente de reparación; con un vínculo de soporte (--link wsafix://diagnose?code=...,
o el vínculo solo), lo abre con la primera página rellenada (wsafix link --help). Un vínculo va solo:
cualquier otro argumento a su lado se rechaza. --resume SESIÓN vuelve a abrir el
asistente en la página de verificación de esa sesión (tras el reinicio que necesitó una corrección).

Comandos:
  decode CÓDIGO    explicar un código de error (0x00002748, 10056, WSAEISCONN, ...)
  detect           examinar el equipo y enumerar los hallazgos (wsafix detect --help)
  analyze ARCHIVO  hallazgos a partir de salidas de comandos pegadas desde otro equipo
  link             crear o comprobar un vínculo de soporte (wsafix link --help)
  report           escribir el informe de una sesión: html, pdf, json, md (wsafix report --help)
  fix ID...        aplicar correcciones con instantánea, comprobación y reversión
                   (wsafix fix --help)
  snapshots        enumerar, mostrar o restaurar instantáneas (wsafix snapshots --help)
  verify           demostrar una corrección: comparar con detect, conectar al destino
                   (wsafix verify --help)
  version          mostrar la versión
  help [COMANDO]   este texto, o la ayuda de un comando

Opciones para todos los comandos:
  --scenario NOMBRE|ARCHIVO  un equipo simulado en lugar de este (integrados: clean,
                             lsp-adware, app-reconnect-bug)
  --state-dir DIR            dónde se guardan las sesiones (predeterminado: la carpeta de estado
                             del usuario)
  --lang CÓDIGO              idioma de la interfaz
  --help                     ayuda
  --version                  mostrar la versión

Códigos de salida: 0 correcto, 1 problemas encontrados, 2 entrada o uso incorrectos,
3 requiere elevación, 4 error interno.
</translation>
    </message>
    <message>
        <source>a support link must be the only argument; refused: %1</source>
        <translation>un vínculo de soporte debe ser el único argumento; rechazado: %1</translation>
    </message>
    <message>
        <source>the support link is empty</source>
        <translation>el vínculo de soporte está vacío</translation>
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
        <translation>Uso: wsafix report (--last | --session ID) --format html|pdf|json|md [--redact | --no-redact]
                   -o ARCHIVO

Escribe el informe de una sesión: qué fallaba, las pruebas, cada acción con sus comandos,
la verificación y los pasos siguientes.
  --last          la sesión más reciente del directorio de estado
  --session ID    esa sesión (vea la carpeta sessions del directorio de estado)
  --format F      html (una página autónoma), pdf (A4), json (toda la sesión, se puede volver a cargar,
                  esquema wsafix.report/1), md (un resumen de menos de 60 líneas para una incidencia);
                  predeterminado: la extensión de ARCHIVO
  --redact        sustituir nombres de usuario y de host, direcciones, SID, direcciones de correo, DUID,
                  nombres de red y de dominio por marcadores como &lt;ip-1&gt; (el mismo valor, el mismo
                  marcador); md se oculta salvo con --no-redact
  --no-redact     todo el detalle, también para md
  -o, --output F  el archivo que se escribe (de forma atómica: nunca a medias); - es la salida estándar
                  para html, json y md

Salida: 0 escrito, 2 entrada incorrecta (sesión inexistente, formato desconocido, salida no escribible).
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
        <translation>Uso: wsafix detect [--process NOMBRE | --pid N] [--host H --port P] [--code C] [--ticket T]
                   [--probes LISTA] [--json]

Examina este equipo (o el equipo de --scenario) y enumera lo que falla, lo más grave primero.
  --process NOMBRE  el nombre de proceso de la aplicación que falla (p. ej. OrderSync.exe)
  --pid N           el identificador de proceso de la aplicación que falla
  --host H          el host al que la aplicación no llega
  --port P          su puerto (1-65535)
  --code C         el error tal como lo tiene el usuario (0x00002748, 10056, WSAEISCONN), para el informe
  --ticket T       el ticket de soporte, escrito en el informe
  --probes LISTA    solo estas comprobaciones, separadas por comas: catalog,sockets,processes,adapters,events,
                    connectivity (una conexión TCP a --host:--port; se ejecuta por defecto con ellas)
  --json            salida legible por máquina (claves: schema, system, catalog, sockets, adapters,
                    events, findings)

Inicia una sesión nueva en el directorio de estado. Salida: 0 sin hallazgos, 1 hallazgos, 2 entrada incorrecta.
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
        <translation>Uso: wsafix analyze ARCHIVO... [--process NOMBRE | --pid N] [--host H --port P] [--code C] [--ticket T]
                               [--json]

Lee salidas de comandos pegadas o guardadas en otro equipo (- lee la entrada estándar) y enumera lo que falla
allí, con las mismas reglas que detect. Se entienden: netsh winsock show catalog, ipconfig,
ipconfig /all, netstat -ano/-an/-aonb, Get-NetTCPConnection, Test-NetConnection, netsh int ip reset,
netsh winsock reset, netsh interface ip show config, netsh interface dump, texto del Visor de eventos.
Se detectan UTF-8, UTF-16 y las páginas de códigos OEM/ANSI (437, 850, 866, 1251, 1252, 936); se tratan las
líneas de símbolo del sistema, las citas &apos;&gt; &apos; y las líneas duplicadas o cortadas. Se enumeran las líneas inservibles.
  --process, --pid, --host, --port, --code, --ticket   lo que le dijo el usuario, como en detect
  --json   salida legible por máquina: las claves de detect --json más inputs (por entrada: codificación,
           salidas reconocidas, líneas no analizadas)

Inicia una sesión nueva. Salida: 0 sin hallazgos, 1 hallazgos, 2 archivo ilegible o nada reconocido.
</translation>
    </message>
</context>
<context>
    <name>DecodeCommand</name>
    <message>
        <source>Name:</source>
        <translation>Nombre:</translation>
    </message>
    <message>
        <source>Decimal:</source>
        <translation>Decimal:</translation>
    </message>
    <message>
        <source>Hex:</source>
        <translation>Hex.:</translation>
    </message>
    <message>
        <source>HRESULT:</source>
        <translation>HRESULT:</translation>
    </message>
    <message>
        <source>Message:</source>
        <translation>Mensaje:</translation>
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
        <translation>sin equivalente errno</translation>
    </message>
    <message>
        <source>Read as:</source>
        <translation>Leído como:</translation>
    </message>
    <message>
        <source>What it means</source>
        <translation>Qué significa</translation>
    </message>
    <message>
        <source>For the program&apos;s developer</source>
        <translation>Para el desarrollador del programa</translation>
    </message>
    <message>
        <source>Most likely causes</source>
        <translation>Causas más probables</translation>
    </message>
    <message>
        <source>How to tell</source>
        <translation>Cómo distinguirlo</translation>
    </message>
    <message>
        <source>What the wizard checks</source>
        <translation>Qué comprueba el asistente</translation>
    </message>
    <message>
        <source>probes: %1</source>
        <translation>comprobaciones: %1</translation>
    </message>
    <message>
        <source>fixes: %1</source>
        <translation>correcciones: %1</translation>
    </message>
    <message>
        <source>none on this machine: the cause lies in the program or elsewhere</source>
        <translation>ninguna en este equipo: la causa está en el programa o en otra parte</translation>
    </message>
    <message>
        <source>Codes near this one (%1)</source>
        <translation>Códigos cercanos (%1)</translation>
    </message>
    <message>
        <source>Also read in the input:</source>
        <translation>También leído en la entrada:</translation>
    </message>
    <message>
        <source>wsafix decode: &apos;%1&apos; is ambiguous; it can mean:</source>
        <translation>wsafix decode: &apos;%1&apos; es ambiguo; puede significar:</translation>
    </message>
    <message>
        <source>wsafix decode: cannot decode &apos;%1&apos;</source>
        <translation>wsafix decode: no se puede descifrar &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Understood:</source>
        <translation>Entendido:</translation>
    </message>
    <message>
        <source>Not understood:</source>
        <translation>No entendido:</translation>
    </message>
    <message>
        <source>Nearest known codes:</source>
        <translation>Códigos conocidos más cercanos:</translation>
    </message>
    <message>
        <source>wsafix decode: missing CODE, e.g. wsafix decode 0x00002748 (see wsafix decode --help)</source>
        <translation>wsafix decode: falta CÓDIGO, p. ej. wsafix decode 0x00002748 (vea wsafix decode --help)</translation>
    </message>
</context>
<context>
    <name>DetectCommand</name>
    <message>
        <source>unavailable: %1</source>
        <translation>no disponible: %1</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n entrada</numerusform>
            <numerusform>%n entradas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n layered</source>
        <translation>
            <numerusform>%n en capas</numerusform>
            <numerusform>%n en capas</numerusform>
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
            <numerusform>%n proceso</numerusform>
            <numerusform>%n procesos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n adapters</source>
        <translation>
            <numerusform>%n adaptador</numerusform>
            <numerusform>%n adaptadores</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n up</source>
        <translation>
            <numerusform>%n activo</numerusform>
            <numerusform>%n activos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n name resolution providers</source>
        <translation>
            <numerusform>%n proveedor de resolución de nombres</numerusform>
            <numerusform>%n proveedores de resolución de nombres</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with a missing file</source>
        <translation>
            <numerusform>%n con un archivo que falta</numerusform>
            <numerusform>%n con un archivo que falta</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n interposers in the target process</source>
        <translation>
            <numerusform>%n interceptor en el proceso de destino</numerusform>
            <numerusform>%n interceptores en el proceso de destino</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 connected in %2 ms</source>
        <translation>%1 conectado en %2 ms</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 falló: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n events</source>
        <translation>
            <numerusform>%n evento</numerusform>
            <numerusform>%n eventos</numerusform>
        </translation>
    </message>
    <message>
        <source>simulated machine &apos;%1&apos;</source>
        <translation>equipo simulado &apos;%1&apos;</translation>
    </message>
    <message>
        <source>this machine</source>
        <translation>este equipo</translation>
    </message>
    <message>
        <source>wsafix detect: %1 (%2, %3, elevated)</source>
        <translation>wsafix detect: %1 (%2, %3, con elevación)</translation>
    </message>
    <message>
        <source>wsafix detect: %1 (%2, %3)</source>
        <translation>wsafix detect: %1 (%2, %3)</translation>
    </message>
    <message>
        <source>Probes:</source>
        <translation>Comprobaciones:</translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>No se encontraron problemas.</translation>
    </message>
    <message>
        <source>recommended fixes:</source>
        <translation>correcciones recomendadas:</translation>
    </message>
    <message>
        <source>Session %1 saved in %2</source>
        <translation>Sesión %1 guardada en %2</translation>
    </message>
    <message>
        <source>wsafix detect: unknown probe &apos;%1&apos; (known: catalog, sockets, processes, adapters, events, connectivity)</source>
        <translation>wsafix detect: comprobación desconocida &apos;%1&apos; (conocidas: catalog, sockets, processes, adapters, events, connectivity)</translation>
    </message>
    <message>
        <source>wsafix detect: the connectivity probe needs --host and --port</source>
        <translation>wsafix detect: la comprobación connectivity necesita --host y --port</translation>
    </message>
    <message numerus="yes">
        <source>Findings (%n), worst first:</source>
        <translation>
            <numerusform>Hallazgo (%n):</numerusform>
            <numerusform>Hallazgos (%n), el más grave primero:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DetectionJob</name>
    <message>
        <source>Reading the Winsock catalog…</source>
        <translation>Leyendo el catálogo de Winsock…</translation>
    </message>
    <message>
        <source>Listing the open connections…</source>
        <translation>Enumerando las conexiones abiertas…</translation>
    </message>
    <message>
        <source>Listing the running programs…</source>
        <translation>Enumerando los programas en ejecución…</translation>
    </message>
    <message>
        <source>Reading the network adapters…</source>
        <translation>Leyendo los adaptadores de red…</translation>
    </message>
    <message>
        <source>Reading the event log…</source>
        <translation>Leyendo el registro de eventos…</translation>
    </message>
    <message>
        <source>Connecting to the target…</source>
        <translation>Conectando con el destino…</translation>
    </message>
    <message>
        <source>Finished.</source>
        <translation>Terminado.</translation>
    </message>
    <message>
        <source>Looking up the name %1…</source>
        <translation>Buscando el nombre %1…</translation>
    </message>
    <message>
        <source>Connecting to %1:%2, attempt %3 of %4…</source>
        <translation>Conectando con %1:%2, intento %3 de %4…</translation>
    </message>
</context>
<context>
    <name>EngineText</name>
    <message>
        <source>The application is started with a preloaded library (LD_PRELOAD)</source>
        <translation>La aplicación se inicia con una biblioteca precargada (LD_PRELOAD)</translation>
    </message>
    <message>
        <source>The failing program runs with LD_PRELOAD set, so the library below sits between it and every socket it opens. Start the program without it: look in its launcher script, its systemd unit (Environment=) or the shell profile that sets LD_PRELOAD. No machine-wide fix is needed.</source>
        <translation>El programa que falla se ejecuta con LD_PRELOAD definido, así que la biblioteca de abajo se sitúa entre él y cada socket que abre. Inicie el programa sin ella: busque en su script de inicio, en su unidad de systemd (Environment=) o en el perfil del shell que define LD_PRELOAD. No hace falta ninguna corrección para todo el equipo.</translation>
    </message>
    <message>
        <source>A library is preloaded into every program (/etc/ld.so.preload)</source>
        <translation>Se precarga una biblioteca en todos los programas (/etc/ld.so.preload)</translation>
    </message>
    <message>
        <source>A third-party layered service provider sits in the Winsock catalog</source>
        <translation>Hay un proveedor de servicios en capas de terceros en el catálogo de Winsock</translation>
    </message>
    <message>
        <source>Every program on this machine loads the library below before its own code, so it sees (and can break) every connection. Remove the entry unless it belongs to software you trust.</source>
        <translation>Todos los programas de este equipo cargan la biblioteca de abajo antes que su propio código, así que ve (y puede romper) cada conexión. Quite la entrada salvo que pertenezca a software de confianza.</translation>
    </message>
    <message>
        <source>A program installed a layered service provider (LSP) that sees every connection of every program. Broken or outdated LSPs (old VPN, antivirus or adware) cause WSAEISCONN and other connection errors in many applications at once. Keep other programs&apos; providers: remove only this one, or keep it away from the failing application.</source>
        <translation>Un programa instaló un proveedor de servicios en capas (LSP) que ve cada conexión de cada programa. Los LSP dañados u obsoletos (VPN antiguas, antivirus o adware) provocan WSAEISCONN y otros errores de conexión en muchas aplicaciones a la vez. Conserve los proveedores de otros programas: quite solo este, o manténgalo alejado de la aplicación que falla.</translation>
    </message>
    <message>
        <source>/etc/ld.so.preload names a library that does not exist</source>
        <translation>/etc/ld.so.preload nombra una biblioteca que no existe</translation>
    </message>
    <message>
        <source>The Winsock catalog names a provider DLL that does not exist</source>
        <translation>El catálogo de Winsock nombra una DLL de proveedor que no existe</translation>
    </message>
    <message>
        <source>Every program start warns about the missing library. Remove the entry.</source>
        <translation>Cada inicio de programa avisa de la biblioteca que falta. Quite la entrada.</translation>
    </message>
    <message>
        <source>An uninstalled program left its entry in the Winsock catalog. Programs that load it fail to open sockets, with errors that change from one program to the next. Remove the entry; a Winsock reset removes every such entry at once.</source>
        <translation>Un programa desinstalado dejó su entrada en el catálogo de Winsock. Los programas que la cargan no consiguen abrir sockets, con errores que cambian de un programa a otro. Quite la entrada; un restablecimiento de Winsock quita todas esas entradas de una vez.</translation>
    </message>
    <message>
        <source>The machine is not at fault, and resetting Winsock will not help. Tell the program&apos;s developers: after a non-blocking connect(), wait for the socket to become writable and read SO_ERROR instead of calling connect() again; do not reuse a connected socket for a new connection; on a connected UDP socket use send(), not sendto() with an address.</source>
        <translation>El equipo no tiene la culpa, y restablecer Winsock no ayudará. Avise a los desarrolladores del programa: tras un connect() no bloqueante, esperar a que el socket admita escritura y leer SO_ERROR en lugar de volver a llamar a connect(); no reutilizar un socket conectado para una conexión nueva; en un socket UDP conectado usar send(), no sendto() con una dirección.</translation>
    </message>
    <message>
        <source>The program&apos;s own messages show connect() failing again and again because the socket is already connected: it retries connect() instead of waiting for the first attempt.</source>
        <translation>Los propios mensajes del programa muestran que connect() falla una y otra vez porque el socket ya está conectado: repite connect() en lugar de esperar al primer intento.</translation>
    </message>
    <message>
        <source>The program opens connections faster than it closes them, which can run the machine out of local ports. Restarting that program frees them; its developers should reuse connections.</source>
        <translation>El programa abre conexiones más rápido de lo que las cierra, lo que puede agotar los puertos locales del equipo. Reiniciar ese programa los libera; sus desarrolladores deberían reutilizar las conexiones.</translation>
    </message>
    <message>
        <source>No network adapter is connected</source>
        <translation>Ningún adaptador de red está conectado</translation>
    </message>
    <message>
        <source>Check the cable or Wi-Fi, then restart the adapter.</source>
        <translation>Compruebe el cable o la Wi-Fi y reinicie después el adaptador.</translation>
    </message>
    <message>
        <source>An address in 169.254.0.0/16 means the adapter asked for an address and nobody answered. Restarting the adapter asks again; if that fails, the router or the network is at fault.</source>
        <translation>Una dirección en 169.254.0.0/16 significa que el adaptador pidió una dirección y nadie respondió. Reiniciar el adaptador vuelve a pedirla; si eso falla, el problema está en el enrutador o en la red.</translation>
    </message>
    <message>
        <source>No default gateway: this machine cannot reach other networks</source>
        <translation>No hay puerta de enlace predeterminada: este equipo no puede llegar a otras redes</translation>
    </message>
    <message>
        <source>Without a gateway only the local network is reachable. Restarting the adapter renews the DHCP lease; a static configuration needs its gateway set.</source>
        <translation>Sin puerta de enlace solo se llega a la red local. Reiniciar el adaptador renueva la concesión DHCP; una configuración estática necesita tener su puerta de enlace configurada.</translation>
    </message>
    <message>
        <source>No DNS server is configured: names cannot be resolved</source>
        <translation>No hay ningún servidor DNS configurado: los nombres no se pueden resolver</translation>
    </message>
    <message>
        <source>Connections by name fail before they start. Restarting the adapter renews the DHCP lease.</source>
        <translation>Las conexiones por nombre fallan antes de empezar. Reiniciar el adaptador renueva la concesión DHCP.</translation>
    </message>
    <message>
        <source>The computer cannot turn the name into an address, so no connection starts at all. Check the spelling; if it is right, the DNS server or its cache is at fault.</source>
        <translation>El equipo no puede convertir el nombre en una dirección, así que ninguna conexión llega a empezar. Compruebe cómo está escrito; si es correcto, el problema está en el servidor DNS o en su caché.</translation>
    </message>
    <message>
        <source>The name resolves, but the connection fails. Refused means nothing listens on that port (the service is stopped or the port is wrong); a time-out points at a firewall or the network; WSAEISCONN here points at a layered provider on this machine.</source>
        <translation>El nombre se resuelve, pero la conexión falla. Rechazada significa que nada escucha en ese puerto (el servicio está detenido o el puerto es incorrecto); un tiempo de espera agotado apunta a un firewall o a la red; WSAEISCONN apunta aquí a un proveedor en capas de este equipo.</translation>
    </message>
    <message>
        <source>The program itself is at fault, not this machine: attach the report (wsafix report --last --format md -o report.md) to a ticket for its developers.</source>
        <translation>La culpa es del propio programa, no de este equipo: adjunte el informe (wsafix report --last --format md -o report.md) a una incidencia para sus desarrolladores.</translation>
    </message>
    <message>
        <source>Escalate with the report attached: wsafix report --last --format md -o report.md.</source>
        <translation>Escale la incidencia con el informe adjunto: wsafix report --last --format md -o report.md.</translation>
    </message>
    <message>
        <source>The connection times out: a firewall on the way, or the host itself, drops it. Check both.</source>
        <translation>La conexión agota el tiempo de espera: un firewall en el camino, o el propio host, la descarta. Compruebe ambos.</translation>
    </message>
    <message>
        <source>Even wsafix&apos;s own connection fails with WSAEISCONN: something on this machine (a layered provider) still interferes.</source>
        <translation>Incluso la propia conexión de wsafix falla con WSAEISCONN: algo en este equipo (un proveedor en capas) sigue interfiriendo.</translation>
    </message>
    <message>
        <source>Try the fix flush-dns.</source>
        <translation>Pruebe la corrección flush-dns.</translation>
    </message>
    <message>
        <source>Click Check again; if it fails again, escalate with the report.</source>
        <translation>Haga clic en Comprobar de nuevo; si vuelve a fallar, escale la incidencia con el informe.</translation>
    </message>
    <message>
        <source>The check was cancelled before it finished.</source>
        <translation>La comprobación se canceló antes de terminar.</translation>
    </message>
    <message>
        <source>Run the check again and let it finish.</source>
        <translation>Vuelva a ejecutar la comprobación y déjela terminar.</translation>
    </message>
    <message>
        <source>Run the check again the way detect ran (for example elevated).</source>
        <translation>Vuelva a ejecutar la comprobación como se ejecutó detect (por ejemplo, con elevación).</translation>
    </message>
    <message>
        <source>Check again where the fix&apos;s tool really runs (on Windows, after the restart the fix asks for).</source>
        <translation>Compruebe de nuevo donde realmente se ejecuta la herramienta de la corrección (en Windows, tras el reinicio que pide la corrección).</translation>
    </message>
    <message>
        <source>Next time run wsafix detect (or the wizard) before fixing, so that verify can show what the fix changed.</source>
        <translation>La próxima vez ejecute wsafix detect (o el asistente) antes de corregir, para que verify pueda mostrar lo que cambió la corrección.</translation>
    </message>
    <message>
        <source>Nothing was wrong at the start and no target host and port were given, so there is nothing to compare.</source>
        <translation>Al principio no había nada mal y no se indicó ningún host ni puerto de destino, así que no hay nada que comparar.</translation>
    </message>
    <message>
        <source>Check again with the host and port the failing program connects to.</source>
        <translation>Compruebe de nuevo con el host y el puerto a los que se conecta el programa que falla.</translation>
    </message>
    <message>
        <source>The problem found at the start is gone.</source>
        <translation>El problema encontrado al principio ha desaparecido.</translation>
    </message>
    <message>
        <source>no problem shows.</source>
        <translation>no aparece ningún problema.</translation>
    </message>
    <message>
        <source>The fixes made things worse: the machine now has problems it did not have before.</source>
        <translation>Las correcciones empeoraron las cosas: el equipo tiene ahora problemas que antes no tenía.</translation>
    </message>
    <message>
        <source>Right call: the machine was healthy and nothing was changed.</source>
        <translation>Decisión correcta: el equipo estaba sano y no se cambió nada.</translation>
    </message>
    <message>
        <source>The machine was healthy: no fix was needed, and a fix on a healthy machine only adds risk.</source>
        <translation>El equipo estaba sano: no hacía falta ninguna corrección, y una corrección en un equipo sano solo añade riesgo.</translation>
    </message>
    <message>
        <source>Well chosen: every problem is gone, with the least invasive fix.</source>
        <translation>Bien elegido: todos los problemas han desaparecido, con la corrección menos invasiva.</translation>
    </message>
    <message>
        <source>Not fixed: no fix was applied, and the problems are still there.</source>
        <translation>No corregido: no se aplicó ninguna corrección y los problemas siguen ahí.</translation>
    </message>
    <message>
        <source>Not fixed: the problem is still there after the fixes chosen.</source>
        <translation>No corregido: el problema sigue ahí tras las correcciones elegidas.</translation>
    </message>
    <message>
        <source>No fix on this machine solves it: the evidence points at the application or the network, so the right step is to hand the findings to whoever owns it.</source>
        <translation>Ninguna corrección en este equipo lo resuelve: las pruebas apuntan a la aplicación o a la red, así que lo correcto es pasar los hallazgos a su responsable.</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelado</translation>
    </message>
    <message>
        <source>not run</source>
        <translation>no ejecutado</translation>
    </message>
    <message>
        <source>the scenario does not describe namespace providers</source>
        <translation>el escenario no describe proveedores de espacios de nombres</translation>
    </message>
    <message>
        <source>Reset the Winsock catalog</source>
        <translation>Restablecer el catálogo de Winsock</translation>
    </message>
    <message>
        <source>Remove one layered provider</source>
        <translation>Quitar un proveedor en capas</translation>
    </message>
    <message>
        <source>Keep layered providers out of one application</source>
        <translation>Mantener los proveedores en capas fuera de una aplicación</translation>
    </message>
    <message>
        <source>Reset TCP/IP and re-apply the static configuration</source>
        <translation>Restablecer TCP/IP y volver a aplicar la configuración estática</translation>
    </message>
    <message>
        <source>Flush the DNS cache</source>
        <translation>Vaciar la caché DNS</translation>
    </message>
    <message>
        <source>Restart a network adapter</source>
        <translation>Reiniciar un adaptador de red</translation>
    </message>
    <message>
        <source>Restart a service</source>
        <translation>Reiniciar un servicio</translation>
    </message>
    <message>
        <source>Re-apply an adapter&apos;s IP configuration</source>
        <translation>Volver a aplicar la configuración IP de un adaptador</translation>
    </message>
    <message>
        <source>Remove a library from /etc/ld.so.preload</source>
        <translation>Quitar una biblioteca de /etc/ld.so.preload</translation>
    </message>
    <message>
        <source>unchanged: nothing was run</source>
        <translation>sin cambios: no se ejecutó nada</translation>
    </message>
    <message>
        <source>Socket is already connected.</source>
        <translation>El socket ya está conectado.</translation>
    </message>
    <message>
        <source>A connect request was made on an already connected socket.</source>
        <translation>Se realizó una solicitud de conexión sobre un socket ya conectado.</translation>
    </message>
    <message>
        <source>Transport endpoint is already connected</source>
        <translation>El extremo de transporte ya está conectado</translation>
    </message>
    <message>
        <source>The program tried to open a connection that was already open. This is almost always a mistake in that program, not a fault of this computer or of the network.</source>
        <translation>El programa intentó abrir una conexión que ya estaba abierta. Casi siempre es un error de ese programa, no un fallo de este equipo ni de la red.</translation>
    </message>
    <message>
        <source>Network dropped connection on reset.</source>
        <translation>La red interrumpió la conexión al restablecerse.</translation>
    </message>
    <message>
        <source>Software caused connection abort.</source>
        <translation>El software provocó la anulación de la conexión.</translation>
    </message>
    <message>
        <source>Connection reset by peer.</source>
        <translation>El par restableció la conexión.</translation>
    </message>
    <message>
        <source>No buffer space available.</source>
        <translation>No hay espacio de búfer disponible.</translation>
    </message>
    <message>
        <source>Socket is not connected.</source>
        <translation>El socket no está conectado.</translation>
    </message>
    <message>
        <source>Cannot send after socket shutdown.</source>
        <translation>No se puede enviar después de cerrar el socket.</translation>
    </message>
    <message>
        <source>Too many references.</source>
        <translation>Demasiadas referencias.</translation>
    </message>
    <message>
        <source>The application keeps opening connections to %1: an application issue</source>
        <translation>La aplicación abre conexiones una y otra vez a %1: un problema de la aplicación</translation>
    </message>
    <message>
        <source>WSAEISCONN (10056) means the program called connect() on a socket that is already connected. The program holds %1 connections to the same place, the pattern of a program that retries connect() instead of waiting for the first one. %2</source>
        <translation>WSAEISCONN (10056) significa que el programa llamó a connect() sobre un socket que ya está conectado. El programa mantiene %1 conexiones al mismo destino, el patrón de un programa que repite connect() en lugar de esperar a la primera. %2</translation>
    </message>
    <message>
        <source>The application reported WSAEISCONN %1 times: an application issue</source>
        <translation>La aplicación notificó WSAEISCONN %1 veces: un problema de la aplicación</translation>
    </message>
    <message>
        <source>One program holds %1 idle or closing sockets</source>
        <translation>Un programa mantiene %1 sockets inactivos o cerrándose</translation>
    </message>
    <message>
        <source>The adapter %1 gave itself an emergency address (no DHCP answer)</source>
        <translation>El adaptador %1 se asignó una dirección de emergencia (sin respuesta DHCP)</translation>
    </message>
    <message>
        <source>The name %1 does not resolve</source>
        <translation>El nombre %1 no se resuelve</translation>
    </message>
    <message>
        <source>No connection to %1</source>
        <translation>No hay conexión con %1</translation>
    </message>
    <message>
        <source>%1 [file missing]</source>
        <translation>%1 [falta el archivo]</translation>
    </message>
    <message>
        <source>catalog %1: %2</source>
        <translation>catálogo %1: %2</translation>
    </message>
    <message>
        <source>name service provider %1</source>
        <translation>proveedor de servicio de nombres %1</translation>
    </message>
    <message>
        <source>event %1 at %2: %3</source>
        <translation>evento %1 a las %2: %3</translation>
    </message>
    <message>
        <source>event at %1 (%2): %3</source>
        <translation>evento a las %1 (%2): %3</translation>
    </message>
    <message>
        <source>pid %1 (%2): %3 sockets in TIME_WAIT or BOUND</source>
        <translation>PID %1 (%2): %3 sockets en TIME_WAIT o BOUND</translation>
    </message>
    <message>
        <source>%1 (%2): down</source>
        <translation>%1 (%2): desconectado</translation>
    </message>
    <message>
        <source>%1 (%2): no gateway</source>
        <translation>%1 (%2): sin puerta de enlace</translation>
    </message>
    <message>
        <source>%1 (%2): no DNS server</source>
        <translation>%1 (%2): sin servidor DNS</translation>
    </message>
    <message>
        <source>%1: %2 (%3) after %4 ms</source>
        <translation>%1: %2 (%3) tras %4 ms</translation>
    </message>
    <message>
        <source>Try the fix %1 (recommended for: %2).</source>
        <translation>Pruebe la corrección %1 (recomendada para: %2).</translation>
    </message>
    <message>
        <source>If the fix %1 made nothing better, put the machine back as it was: wsafix snapshots restore %2.</source>
        <translation>Si la corrección %1 no mejoró nada, devuelva el equipo a su estado anterior: wsafix snapshots restore %2.</translation>
    </message>
    <message>
        <source>Nothing listens on port %1 at %2: check that the service there runs and that the port is right.</source>
        <translation>Nada escucha en el puerto %1 de %2: compruebe que el servicio funciona allí y que el puerto es correcto.</translation>
    </message>
    <message>
        <source>There is no route to %1: check the cable or Wi-Fi, the adapter and the gateway.</source>
        <translation>No hay ruta hacia %1: compruebe el cable o la Wi-Fi, el adaptador y la puerta de enlace.</translation>
    </message>
    <message>
        <source>The name %1 does not resolve (%2), so no connection was tried: this is a name problem, not a closed port.</source>
        <translation>El nombre %1 no se resuelve (%2), así que no se intentó ninguna conexión: es un problema de nombre, no un puerto cerrado.</translation>
    </message>
    <message>
        <source>Check the spelling of %1; if it is right, the DNS server or its cache is at fault.</source>
        <translation>Compruebe cómo está escrito %1; si es correcto, el problema está en el servidor DNS o en su caché.</translation>
    </message>
    <message>
        <source>%1 of %2 connection attempts to %3 failed: %4.</source>
        <translation>%1 de %2 intentos de conexión a %3 fallaron: %4.</translation>
    </message>
    <message>
        <source>A problem remains: %1.</source>
        <translation>Queda un problema: %1.</translation>
    </message>
    <message>
        <source>%1 problems remain; the worst: %2.</source>
        <translation>Quedan %1 problemas; el más grave: %2.</translation>
    </message>
    <message>
        <source>These checks worked at the start but are unavailable now: %1.</source>
        <translation>Estas comprobaciones funcionaban al principio pero ahora no están disponibles: %1.</translation>
    </message>
    <message>
        <source>No problem shows now, but the effect of %1 cannot be checked on this machine, so the fix is not proven.</source>
        <translation>Ahora no aparece ningún problema, pero el efecto de %1 no se puede comprobar en este equipo, así que la corrección no está demostrada.</translation>
    </message>
    <message>
        <source>There was no examination before the fix to compare with (%1). Now %2</source>
        <translation>No hubo ningún examen antes de la corrección con el que comparar (%1). Ahora %2</translation>
    </message>
    <message>
        <source>%1 and no problem shows.</source>
        <translation>%1 y no aparece ningún problema.</translation>
    </message>
    <message>
        <source>The problem found at the start concerns another target than %1, which this check did not connect to.</source>
        <translation>El problema encontrado al principio afecta a otro destino distinto de %1, al que esta comprobación no se conectó.</translation>
    </message>
    <message>
        <source>Nothing was wrong at the start and %1 connects fine, so there is no fix to confirm. If the error continues, the failing program itself is the likely cause.</source>
        <translation>Al principio no había nada mal y %1 se conecta sin problemas, así que no hay ninguna corrección que confirmar. Si el error continúa, la causa probable es el propio programa que falla.</translation>
    </message>
    <message>
        <source>The problem found at the start is gone, and %1.</source>
        <translation>El problema encontrado al principio ha desaparecido, y %1.</translation>
    </message>
    <message>
        <source>All %1 problems found at the start are gone, and %2.</source>
        <translation>Los %1 problemas encontrados al principio han desaparecido, y %2.</translation>
    </message>
    <message>
        <source>All %1 problems found at the start are gone.</source>
        <translation>Los %1 problemas encontrados al principio han desaparecido.</translation>
    </message>
    <message>
        <source>all %1 connection attempts to %2 succeeded</source>
        <translation>los %1 intentos de conexión a %2 tuvieron éxito</translation>
    </message>
    <message>
        <source>error %1</source>
        <translation>error %1</translation>
    </message>
    <message>
        <source>The check failed: %1</source>
        <translation>La comprobación falló: %1</translation>
    </message>
    <message>
        <source>no session in the state directory</source>
        <translation>no hay ninguna sesión en el directorio de estado</translation>
    </message>
    <message>
        <source>session %1 has no detect step</source>
        <translation>la sesión %1 no tiene ningún paso detect</translation>
    </message>
    <message>
        <source>the latest session (%1) examined a real machine</source>
        <translation>la última sesión (%1) examinó un equipo real</translation>
    </message>
    <message>
        <source>the latest session (%1) examined the scenario &apos;%2&apos;</source>
        <translation>la última sesión (%1) examinó el escenario &apos;%2&apos;</translation>
    </message>
    <message>
        <source>Fixed, but a less invasive fix existed: %1 alone would have solved it with less collateral change.</source>
        <translation>Corregido, pero existía una corrección menos invasiva: %1 por sí sola lo habría resuelto con menos cambios colaterales.</translation>
    </message>
    <message>
        <source>New: %1.</source>
        <translation>Nuevo: %1.</translation>
    </message>
    <message>
        <source>Still present: %1.</source>
        <translation>Sigue presente: %1.</translation>
    </message>
    <message>
        <source>The connection to %1 still fails.</source>
        <translation>La conexión con %1 sigue fallando.</translation>
    </message>
    <message>
        <source>Not simulated in this scenario, so they changed nothing: %1.</source>
        <translation>No simuladas en este escenario, así que no cambiaron nada: %1.</translation>
    </message>
    <message>
        <source>What would have worked: %1.</source>
        <translation>Lo que habría funcionado: %1.</translation>
    </message>
    <message>
        <source>stopped after its time limit of %1; what it had read so far is left out, as it would be incomplete</source>
        <translation>detenido tras su límite de tiempo de %1; lo leído hasta entonces se descarta, porque estaría incompleto</translation>
    </message>
    <message>
        <source>no running process is called %1</source>
        <translation>ningún proceso en ejecución se llama %1</translation>
    </message>
    <message>
        <source>the simulated machine has no process %1</source>
        <translation>el equipo simulado no tiene ningún proceso %1</translation>
    </message>
    <message>
        <source>there is no process %1</source>
        <translation>no hay ningún proceso %1</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>no se puede leer %1: %2</translation>
    </message>
    <message>
        <source>On this simulated machine, %1 changes only the simulated state, as scenario &apos;%2&apos; describes; no command runs.</source>
        <translation>En este equipo simulado, %1 solo cambia el estado simulado, como describe el escenario &apos;%2&apos;; no se ejecuta ningún comando.</translation>
    </message>
    <message>
        <source>%1 is not simulated in scenario &apos;%2&apos;</source>
        <translation>%1 no está simulado en el escenario &apos;%2&apos;</translation>
    </message>
    <message>
        <source>%1 is already applied to this simulated machine (restoring its snapshot undoes it)</source>
        <translation>%1 ya está aplicado a este equipo simulado (restaurar su instantánea lo deshace)</translation>
    </message>
    <message>
        <source>apply %1 to the simulated machine</source>
        <translation>aplicar %1 al equipo simulado</translation>
    </message>
    <message>
        <source>restore the simulated machine of snapshot %1</source>
        <translation>restaurar el equipo simulado de la instantánea %1</translation>
    </message>
    <message>
        <source>the simulated machine did not change as scenario &apos;%1&apos; describes</source>
        <translation>el equipo simulado no cambió como describe el escenario &apos;%1&apos;</translation>
    </message>
    <message>
        <source>the simulated machine changed as scenario &apos;%1&apos; describes</source>
        <translation>el equipo simulado cambió como describe el escenario &apos;%1&apos;</translation>
    </message>
    <message>
        <source>the simulated machine differs from snapshot %1</source>
        <translation>el equipo simulado difiere de la instantánea %1</translation>
    </message>
    <message>
        <source>the simulated machine is as in snapshot %1</source>
        <translation>el equipo simulado coincide con la instantánea %1</translation>
    </message>
    <message>
        <source>unavailable: %1</source>
        <translation>no disponible: %1</translation>
    </message>
    <message>
        <source>could not take the snapshot first: %1</source>
        <translation>no se pudo tomar primero la instantánea: %1</translation>
    </message>
    <message>
        <source>the fix failed: %1</source>
        <translation>la corrección falló: %1</translation>
    </message>
    <message>
        <source>the check itself failed: %1</source>
        <translation>la propia comprobación falló: %1</translation>
    </message>
    <message>
        <source>has an empty label (two dots in a row, or a dot at the start)</source>
        <translation>tiene una etiqueta vacía (dos puntos seguidos, o un punto al principio)</translation>
    </message>
    <message>
        <source>has a label longer than 63 characters</source>
        <translation>tiene una etiqueta de más de 63 caracteres</translation>
    </message>
    <message>
        <source>has a label that starts or ends with &apos;-&apos;</source>
        <translation>tiene una etiqueta que empieza o termina con &apos;-&apos;</translation>
    </message>
    <message>
        <source>is neither a name (its last label is a number) nor an IPv4 address</source>
        <translation>no es ni un nombre (su última etiqueta es un número) ni una dirección IPv4</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>está vacío</translation>
    </message>
    <message>
        <source>contains non-ASCII characters; write an international name in its xn-- form</source>
        <translation>contiene caracteres no ASCII; escriba un nombre internacional en su forma xn--</translation>
    </message>
    <message>
        <source>is not a valid IPv6 address in brackets</source>
        <translation>no es una dirección IPv6 válida entre corchetes</translation>
    </message>
    <message>
        <source>is not a valid IPv6 address</source>
        <translation>no es una dirección IPv6 válida</translation>
    </message>
    <message>
        <source>is not a valid IPv4 address (four numbers 0-255 without leading zeros)</source>
        <translation>no es una dirección IPv4 válida (cuatro números de 0 a 255 sin ceros a la izquierda)</translation>
    </message>
    <message>
        <source>may contain only letters, digits, dots and hyphens (e.g. mail.example.com)</source>
        <translation>solo puede contener letras, dígitos, puntos y guiones (p. ej. mail.example.com)</translation>
    </message>
    <message>
        <source>is not a port (a whole number from 1 to 65535)</source>
        <translation>no es un puerto (un número entero del 1 al 65535)</translation>
    </message>
    <message>
        <source>may contain only letters, digits, spaces and . _ + - (a program name such as app.exe, no path)</source>
        <translation>solo puede contener letras, dígitos, espacios y . _ + - (un nombre de programa como app.exe, sin ruta)</translation>
    </message>
    <message>
        <source>must start with a letter or digit</source>
        <translation>debe empezar por una letra o un dígito</translation>
    </message>
    <message>
        <source>ends with a space</source>
        <translation>termina con un espacio</translation>
    </message>
    <message>
        <source>is a number; a link names the program, not a process id</source>
        <translation>es un número; un vínculo nombra el programa, no un identificador de proceso</translation>
    </message>
    <message>
        <source>contains &apos;..&apos;</source>
        <translation>contiene &apos;..&apos;</translation>
    </message>
    <message>
        <source>may contain only letters, digits and . _ # - (e.g. INC0012345)</source>
        <translation>solo puede contener letras, dígitos y . _ # - (p. ej. INC0012345)</translation>
    </message>
    <message>
        <source>may contain only printable ASCII characters</source>
        <translation>solo puede contener caracteres ASCII imprimibles</translation>
    </message>
    <message>
        <source>is ambiguous; write the code in hex, e.g. 0x00002748</source>
        <translation>es ambiguo; escriba el código en hexadecimal, p. ej. 0x00002748</translation>
    </message>
    <message>
        <source>is not an error code wsafix knows (try wsafix decode)</source>
        <translation>no es un código de error que wsafix conozca (pruebe wsafix decode)</translation>
    </message>
    <message>
        <source>the link names no action: expected wsafix://diagnose?...</source>
        <translation>el vínculo no nombra ninguna acción: se esperaba wsafix://diagnose?...</translation>
    </message>
    <message>
        <source>is not a support-link parameter</source>
        <translation>no es un parámetro de vínculo de soporte</translation>
    </message>
    <message>
        <source>the link is empty</source>
        <translation>el vínculo está vacío</translation>
    </message>
    <message>
        <source>this is not a link: expected wsafix://diagnose?...</source>
        <translation>esto no es un vínculo: se esperaba wsafix://diagnose?...</translation>
    </message>
    <message>
        <source>the link has no &apos;//&apos; after &apos;wsafix:&apos;: expected wsafix://diagnose?...</source>
        <translation>el vínculo no tiene &apos;//&apos; después de &apos;wsafix:&apos;: se esperaba wsafix://diagnose?...</translation>
    </message>
    <message>
        <source>the link has an empty parameter (&apos;&amp;&amp;&apos;, or &apos;&amp;&apos; at the start or end)</source>
        <translation>el vínculo tiene un parámetro vacío (&apos;&amp;&amp;&apos;, o &apos;&amp;&apos; al principio o al final)</translation>
    </message>
    <message>
        <source>is %1 characters long; a host name has at most 253</source>
        <translation>tiene %1 caracteres; un nombre de host tiene 253 como máximo</translation>
    </message>
    <message>
        <source>is longer than %1 characters</source>
        <translation>tiene más de %1 caracteres</translation>
    </message>
    <message>
        <source>is ambiguous: %1</source>
        <translation>es ambiguo: %1</translation>
    </message>
    <message>
        <source>the link contains a space at position %1 (write it as %20)</source>
        <translation>el vínculo contiene un espacio en la posición %1 (escríbalo como %20)</translation>
    </message>
    <message>
        <source>the link contains a control character at position %1 (a line break, tab or NUL byte)</source>
        <translation>el vínculo contiene un carácter de control en la posición %1 (un salto de línea, una tabulación o un byte NUL)</translation>
    </message>
    <message>
        <source>the link contains a non-ASCII character at position %1 (percent-encode it)</source>
        <translation>el vínculo contiene un carácter no ASCII en la posición %1 (codifíquelo con porcentaje)</translation>
    </message>
    <message>
        <source>the link has user information (&apos;%1&apos;); a support link has none</source>
        <translation>el vínculo contiene información de usuario (&apos;%1&apos;); un vínculo de soporte no la tiene</translation>
    </message>
    <message>
        <source>the link has a port in its address (&apos;%1&apos;); a support link has none</source>
        <translation>el vínculo tiene un puerto en su dirección (&apos;%1&apos;); un vínculo de soporte no lo tiene</translation>
    </message>
    <message>
        <source>the link asks for &apos;%1&apos;, which links cannot do: the only action is &apos;diagnose&apos;</source>
        <translation>el vínculo pide &apos;%1&apos;, algo que los vínculos no pueden hacer: la única acción es &apos;diagnose&apos;</translation>
    </message>
    <message>
        <source>the link has a path after &apos;diagnose&apos; (&apos;%1&apos;); expected wsafix://diagnose?...</source>
        <translation>el vínculo tiene una ruta después de &apos;diagnose&apos; (&apos;%1&apos;); se esperaba wsafix://diagnose?...</translation>
    </message>
    <message>
        <source>the link is %1 characters long; a support link has at most %2</source>
        <translation>el vínculo tiene %1 caracteres; un vínculo de soporte tiene %2 como máximo</translation>
    </message>
    <message>
        <source>this is not a wsafix link (its scheme is &apos;%1&apos;)</source>
        <translation>esto no es un vínculo de wsafix (su esquema es &apos;%1&apos;)</translation>
    </message>
    <message>
        <source>the link has a fragment (&apos;%1&apos;); write a &apos;#&apos; inside a value as %23</source>
        <translation>el vínculo tiene un fragmento (&apos;%1&apos;); escriba un &apos;#&apos; dentro de un valor como %23</translation>
    </message>
    <message>
        <source>the link has a percent-encoded parameter name (&apos;%1&apos;)</source>
        <translation>el vínculo tiene un nombre de parámetro codificado con porcentaje (&apos;%1&apos;)</translation>
    </message>
    <message>
        <source>the link has an unknown parameter &apos;%1&apos; (parameter names are lower case); a link carries only code, process, host, port and ticket</source>
        <translation>el vínculo tiene un parámetro desconocido &apos;%1&apos; (los nombres de parámetros van en minúsculas); un vínculo solo lleva code, process, host, port y ticket</translation>
    </message>
    <message>
        <source>the link has an unknown parameter &apos;%1&apos;; a link carries only code, process, host, port and ticket</source>
        <translation>el vínculo tiene un parámetro desconocido &apos;%1&apos;; un vínculo solo lleva code, process, host, port y ticket</translation>
    </message>
    <message>
        <source>the link repeats the parameter &apos;%1&apos;</source>
        <translation>el vínculo repite el parámetro &apos;%1&apos;</translation>
    </message>
    <message>
        <source>parameter &apos;%1&apos; has no value (%2=...)</source>
        <translation>el parámetro &apos;%1&apos; no tiene valor (%2=...)</translation>
    </message>
    <message>
        <source>parameter &apos;%1&apos; is empty</source>
        <translation>el parámetro &apos;%1&apos; está vacío</translation>
    </message>
    <message>
        <source>parameter &apos;%1&apos;: &apos;%2&apos; %3</source>
        <translation>parámetro &apos;%1&apos;: &apos;%2&apos; %3</translation>
    </message>
    <message>
        <source>parameter &apos;%1&apos; %2</source>
        <translation>el parámetro &apos;%1&apos; %2</translation>
    </message>
    <message>
        <source>connect() (or WSAConnect/ConnectEx) was called on a socket that is already connected. The usual cause is polling a non-blocking connect() by calling connect() again: while the attempt is pending the extra calls fail with WSAEALREADY, and once it has succeeded with WSAEISCONN. Instead, wait until the socket is writable (select, WSAPoll, or FD_CONNECT with WSAEventSelect) and read SO_ERROR with getsockopt() to learn whether the connection succeeded. Other forms: reusing a connected socket for a new connection instead of closing it and creating a new socket; sendto() with a destination address on a connected datagram socket (some implementations fail it with WSAEISCONN: use send()). On Linux the same mistake gives EISCONN (106).</source>
        <translation>Se llamó a connect() (o WSAConnect/ConnectEx) sobre un socket que ya está conectado. La causa habitual es sondear un connect() no bloqueante llamando otra vez a connect(): mientras el intento está pendiente, las llamadas adicionales fallan con WSAEALREADY, y una vez que ha tenido éxito, con WSAEISCONN. En su lugar, espere a que el socket admita escritura (select, WSAPoll, o FD_CONNECT con WSAEventSelect) y lea SO_ERROR con getsockopt() para saber si la conexión tuvo éxito. Otras formas: reutilizar un socket conectado para una conexión nueva en lugar de cerrarlo y crear un socket nuevo; sendto() con una dirección de destino en un socket de datagramas conectado (algunas implementaciones lo hacen fallar con WSAEISCONN: use send()). En Linux, el mismo error da EISCONN (106).</translation>
    </message>
    <message>
        <source>The application calls connect() again on a socket that is already connected, typically by polling a non-blocking connect() instead of waiting for the socket to become writable and reading SO_ERROR.</source>
        <translation>La aplicación vuelve a llamar a connect() sobre un socket que ya está conectado, normalmente al sondear un connect() no bloqueante en lugar de esperar a que el socket admita escritura y leer SO_ERROR.</translation>
    </message>
    <message>
        <source>The application reuses a connected socket for a new connection instead of closing it and opening a new socket.</source>
        <translation>La aplicación reutiliza un socket conectado para una conexión nueva en lugar de cerrarlo y abrir un socket nuevo.</translation>
    </message>
    <message>
        <source>The application calls sendto() with a destination address on a connected datagram (UDP) socket.</source>
        <translation>La aplicación llama a sendto() con una dirección de destino sobre un socket de datagramas (UDP) conectado.</translation>
    </message>
    <message>
        <source>The exception, machine-wide: a third-party layered service provider (LSP) in the Winsock catalog, left by VPN, firewall, antivirus or adware software, intercepts connect() in every program and gets the socket state wrong.</source>
        <translation>La excepción, en todo el equipo: un proveedor de servicios en capas (LSP) de terceros en el catálogo de Winsock, dejado por software VPN, firewall, antivirus o adware, intercepta connect() en todos los programas y confunde el estado del socket.</translation>
    </message>
    <message>
        <source>Only one application affected, and its sockets show several connections to the same server (the reconnect pattern): the application is at fault. Tell its developers; resetting Winsock will not help. Several applications affected, a third-party layered provider in the Winsock catalog, or recent Winsock catalog changes in the event log: the machine is at fault. Bypass or remove that provider first, and reset Winsock only if that is not enough.</source>
        <translation>Solo una aplicación afectada, y sus sockets muestran varias conexiones al mismo servidor (el patrón de reconexión): la culpa es de la aplicación. Avise a sus desarrolladores; restablecer Winsock no ayudará. Varias aplicaciones afectadas, un proveedor en capas de terceros en el catálogo de Winsock, o cambios recientes del catálogo de Winsock en el registro de eventos: la culpa es del equipo. Omita o quite primero ese proveedor, y restablezca Winsock solo si eso no basta.</translation>
    </message>
    <message>
        <source>%1: Windows error code %2</source>
        <translation>%1: código de error de Windows %2</translation>
    </message>
    <message>
        <source>%1: as a Windows error code: %2</source>
        <translation>%1: como código de error de Windows: %2</translation>
    </message>
    <message>
        <source>%1: Linux errno %2 (%3), the twin of %4</source>
        <translation>%1: errno de Linux %2 (%3), el gemelo de %4</translation>
    </message>
    <message>
        <source>%1: HRESULT %2 = HRESULT_FROM_WIN32(%3)</source>
        <translation>%1: HRESULT %2 = HRESULT_FROM_WIN32(%3)</translation>
    </message>
    <message>
        <source>%1: %2 is the Linux name (errno %3) of %4</source>
        <translation>%1: %2 es el nombre de Linux (errno %3) de %4</translation>
    </message>
    <message>
        <source>%1: %2 is another name of %3</source>
        <translation>%1: %2 es otro nombre de %3</translation>
    </message>
    <message>
        <source>The adapter got no address from DHCP</source>
        <translation>El adaptador no recibió ninguna dirección por DHCP</translation>
    </message>
    <message>
        <source>After the switch in the finance office was replaced over the weekend, one laptop on a docking station cannot reach the finance server: &apos;Socket error # 10065, No route to host&apos;. The other PCs in the room work. Look at what address the laptop has, and get it a proper one.</source>
        <translation>Después de cambiar el conmutador de la oficina de finanzas el fin de semana, un portátil en una estación de acoplamiento no llega al servidor de finanzas: &apos;Socket error # 10065, No route to host&apos;. Los demás PC de la sala funcionan. Mire qué dirección tiene el portátil y consígale una correcta.</translation>
    </message>
    <message>
        <source>An application retries connect() on a connected socket</source>
        <translation>Una aplicación repite connect() sobre un socket conectado</translation>
    </message>
    <message>
        <source>OrderSync, an in-house order tool, shows &apos;Socket error # 10056&apos; every few minutes. Nothing else on the PC has trouble. Decide whether this is the machine or the application, and hand the developers the evidence.</source>
        <translation>OrderSync, una herramienta interna de pedidos, muestra &apos;Socket error # 10056&apos; cada pocos minutos. Nada más en el PC tiene problemas. Decida si la culpa es del equipo o de la aplicación, y entregue las pruebas a los desarrolladores.</translation>
    </message>
    <message>
        <source>A healthy office PC</source>
        <translation>Un PC de oficina sano</translation>
    </message>
    <message>
        <source>A user reports that &apos;the internet was slow this morning&apos;. Nothing is wrong now: the wizard should find no problems and change nothing.</source>
        <translation>Un usuario informa de que &apos;internet iba lento esta mañana&apos;. Ahora no hay nada mal: el asistente no debería encontrar problemas ni cambiar nada.</translation>
    </message>
    <message>
        <source>Connected, but no DNS server</source>
        <translation>Conectado, pero sin servidor DNS</translation>
    </message>
    <message>
        <source>A home-office user on a new router reports that &apos;the internet is down&apos;: Edge says DNS_PROBE_FINISHED_NO_INTERNET and Thunderbird cannot find mail.contoso.example. Yet the Wi-Fi shows &apos;Connected&apos; and the router&apos;s own page opens by its address. The ISP fixed the router&apos;s DHCP settings an hour ago. Find what is missing and get the PC to pick up the new settings.</source>
        <translation>Un usuario que teletrabaja con un router nuevo informa de que &apos;internet no funciona&apos;: Edge muestra DNS_PROBE_FINISHED_NO_INTERNET y Thunderbird no encuentra mail.contoso.example. Sin embargo, la Wi-Fi indica &apos;Conectado&apos; y la página del router se abre por su dirección. El proveedor corrigió la configuración DHCP del router hace una hora. Averigüe qué falta y consiga que el PC tome la configuración nueva.</translation>
    </message>
    <message>
        <source>Adware installed a layered provider</source>
        <translation>Un adware instaló un proveedor en capas</translation>
    </message>
    <message>
        <source>Since installing a free &apos;internet accelerator&apos;, Outlook and Chrome fail at random with &apos;error 10056&apos;. Several programs are affected, so the machine itself is suspect. Find what sits in the Winsock catalog, and remove only that.</source>
        <translation>Desde que se instaló un &apos;acelerador de internet&apos; gratuito, Outlook y Chrome fallan al azar con &apos;error 10056&apos;. Hay varios programas afectados, así que el propio equipo es sospechoso. Averigüe qué hay en el catálogo de Winsock y quite solo eso.</translation>
    </message>
    <message>
        <source>An uninstalled antivirus left its provider behind</source>
        <translation>Un antivirus desinstalado dejó atrás su proveedor</translation>
    </message>
    <message>
        <source>Yesterday the old NOD32 antivirus was uninstalled to make room for the company&apos;s new one. Since this morning Chrome, Outlook and Teams cannot connect at all (&apos;error 10106&apos; in Chrome, &apos;socket error 10056&apos; in Outlook). Find out what the uninstaller left behind and remove it, without resetting more than needed.</source>
        <translation>Ayer se desinstaló el antiguo antivirus NOD32 para dejar sitio al nuevo de la empresa. Desde esta mañana Chrome, Outlook y Teams no pueden conectarse en absoluto (&apos;error 10106&apos; en Chrome, &apos;socket error 10056&apos; en Outlook). Averigüe qué dejó atrás el desinstalador y quítelo, sin restablecer más de lo necesario.</translation>
    </message>
    <message>
        <source>A program uses up the local ports</source>
        <translation>Un programa agota los puertos locales</translation>
    </message>
    <message>
        <source>Since the inventory agent was updated on Friday, this PC gets slower at connecting every day until nothing connects (&apos;error 10055: no buffer space available&apos;, sometimes 10056 in Outlook); a reboot helps for a day. Find which program holds the ports, and free them without rebooting the whole machine.</source>
        <translation>Desde que el viernes se actualizó el agente de inventario, este PC tarda cada día más en conectarse hasta que no se conecta nada (&apos;error 10055: no buffer space available&apos;, a veces 10056 en Outlook); reiniciar ayuda durante un día. Averigüe qué programa retiene los puertos y libérelos sin reiniciar todo el equipo.</translation>
    </message>
    <message>
        <source>A fixed address that a reset would wipe</source>
        <translation>Una dirección fija que un restablecimiento borraría</translation>
    </message>
    <message>
        <source>The reception PC prints visitor badges on a printer that only accepts this PC&apos;s fixed address, 10.20.30.41 (there is no DHCP on the reception network). Since someone installed Proxifier to reach a blocked site, BadgeDesk fails with &apos;socket error 10056&apos;. A colleague says: just run &apos;netsh int ip reset&apos; and &apos;netsh winsock reset&apos;. Fix it without losing the fixed address.</source>
        <translation>El PC de recepción imprime acreditaciones de visitantes en una impresora que solo acepta la dirección fija de este PC, 10.20.30.41 (en la red de recepción no hay DHCP). Desde que alguien instaló Proxifier para entrar en un sitio bloqueado, BadgeDesk falla con &apos;socket error 10056&apos;. Un compañero dice: ejecuta &apos;netsh int ip reset&apos; y &apos;netsh winsock reset&apos; y listo. Corríjalo sin perder la dirección fija.</translation>
    </message>
    <message>
        <source>loaded into process %1: %2</source>
        <translation>cargado en el proceso %1: %2</translation>
    </message>
    <message>
        <source>%1 (not run)</source>
        <translation>%1 (no ejecutado)</translation>
    </message>
    <message>
        <source>needs admin</source>
        <translation>requiere derechos de administrador</translation>
    </message>
    <message>
        <source>needs reboot</source>
        <translation>requiere reinicio</translation>
    </message>
    <message>
        <source>drops connections</source>
        <translation>corta las conexiones</translation>
    </message>
    <message>
        <source>can cut the machine off</source>
        <translation>puede dejar el equipo sin red</translation>
    </message>
    <message>
        <source>the simulated machine (catalog, processes, sockets, adapters, events, reachability) and the fixes applied to it</source>
        <translation>el equipo simulado (catálogo, procesos, sockets, adaptadores, eventos, destinos alcanzables) y las correcciones que se le aplicaron</translation>
    </message>
    <message>
        <source>Empties the local DNS cache of systemd-resolved, so stale or poisoned answers are looked up again. Nothing else changes.</source>
        <translation>Vacía la caché DNS local de systemd-resolved, de modo que las respuestas obsoletas o envenenadas se vuelven a consultar. No cambia nada más.</translation>
    </message>
    <message>
        <source>nothing: a DNS cache cannot be put back, and it refills by itself</source>
        <translation>nada: una caché DNS no se puede restaurar, y se vuelve a llenar sola</translation>
    </message>
    <message>
        <source>nothing to put back: the DNS cache refills by itself</source>
        <translation>nada que restaurar: la caché DNS se vuelve a llenar sola</translation>
    </message>
    <message>
        <source>restore requested</source>
        <translation>se solicitó una restauración</translation>
    </message>
    <message>
        <source>unknown: check the machine by hand</source>
        <translation>desconocido: compruebe el equipo a mano</translation>
    </message>
    <message>
        <source>apply</source>
        <translation>aplicación</translation>
    </message>
    <message>
        <source>restore</source>
        <translation>restauración</translation>
    </message>
    <message>
        <source>connectivity was confirmed; the change was kept</source>
        <translation>se confirmó la conectividad; el cambio se conservó</translation>
    </message>
    <message>
        <source>a revert was asked for</source>
        <translation>se solicitó una reversión</translation>
    </message>
    <message>
        <source>the administrator password prompt was dismissed or refused</source>
        <translation>la solicitud de contraseña de administrador se cerró o se rechazó</translation>
    </message>
    <message>
        <source>Reset the Winsock catalog (%1)</source>
        <translation>Restablecer el catálogo de Winsock (%1)</translation>
    </message>
    <message>
        <source>Remove one layered provider (%1)</source>
        <translation>Quitar un proveedor en capas (%1)</translation>
    </message>
    <message>
        <source>Keep layered providers out of one application (%1)</source>
        <translation>Mantener los proveedores en capas fuera de una aplicación (%1)</translation>
    </message>
    <message>
        <source>Reset TCP/IP and re-apply the static configuration (%1)</source>
        <translation>Restablecer TCP/IP y volver a aplicar la configuración estática (%1)</translation>
    </message>
    <message>
        <source>Flush the DNS cache (%1)</source>
        <translation>Vaciar la caché DNS (%1)</translation>
    </message>
    <message>
        <source>Restart a network adapter (%1)</source>
        <translation>Reiniciar un adaptador de red (%1)</translation>
    </message>
    <message>
        <source>Restart a service (%1)</source>
        <translation>Reiniciar un servicio (%1)</translation>
    </message>
    <message>
        <source>Re-apply an adapter&apos;s IP configuration (%1)</source>
        <translation>Volver a aplicar la configuración IP de un adaptador (%1)</translation>
    </message>
    <message>
        <source>Remove a library from /etc/ld.so.preload (%1)</source>
        <translation>Quitar una biblioteca de /etc/ld.so.preload (%1)</translation>
    </message>
    <message>
        <source>%1 (as scenario &apos;%2&apos; says)</source>
        <translation>%1 (según el escenario &apos;%2&apos;)</translation>
    </message>
    <message>
        <source>Re-apply the IP configuration of %1</source>
        <translation>Volver a aplicar la configuración IP de %1</translation>
    </message>
    <message>
        <source>Clears the addresses of %1 and applies its configuration again — NetworkManager&apos;s profile where NetworkManager manages it, otherwise exactly the addresses and routes captured in the snapshot — which drops stale routes and addresses without losing a static configuration.</source>
        <translation>Borra las direcciones de %1 y vuelve a aplicar su configuración — el perfil de NetworkManager si NetworkManager la administra; si no, exactamente las direcciones y rutas capturadas en la instantánea —, lo que elimina las rutas y direcciones obsoletas sin perder una configuración estática.</translation>
    </message>
    <message>
        <source>Restart network interface %1</source>
        <translation>Reiniciar la interfaz de red %1</translation>
    </message>
    <message>
        <source>Takes %1 down and up again, which resets its driver state and drops its connections, then re-adds the IPv6 addresses and routes the kernel removes on the way, so its configuration stays as it is.</source>
        <translation>Desactiva y vuelve a activar %1, lo que restablece el estado de su controlador y corta sus conexiones, y después vuelve a añadir las direcciones y rutas IPv6 que el kernel quita por el camino, de modo que su configuración se mantiene tal como está.</translation>
    </message>
    <message>
        <source>Restart the service %1</source>
        <translation>Reiniciar el servicio %1</translation>
    </message>
    <message>
        <source>Stops and starts %1 through systemd, which clears a service stuck with half-open connections. Its own connections drop while it restarts.</source>
        <translation>Detiene e inicia %1 mediante systemd, lo que libera un servicio bloqueado con conexiones medio abiertas. Sus propias conexiones se cortan mientras se reinicia.</translation>
    </message>
    <message>
        <source>%1 (whether the unit was running)</source>
        <translation>%1 (si la unidad estaba en ejecución)</translation>
    </message>
    <message>
        <source>The dynamic loader injects every library listed in %1 into every program, as a layered provider does on Windows. Removing %2 stops it from intercepting the programs&apos; sockets; the library itself stays on disk, and the snapshot can put the entry back.</source>
        <translation>El cargador dinámico inyecta cada biblioteca indicada en %1 en todos los programas, como hace un proveedor en capas en Windows. Quitar %2 impide que intercepte los sockets de los programas; la propia biblioteca se queda en el disco, y la instantánea puede volver a poner la entrada.</translation>
    </message>
    <message>
        <source>a copy of %1 (bytes and permissions)</source>
        <translation>una copia de %1 (bytes y permisos)</translation>
    </message>
    <message>
        <source>then %1 is rewritten without %2 (atomically: temporary file, rename)</source>
        <translation>después se reescribe %1 sin %2 (de forma atómica: archivo temporal, cambio de nombre)</translation>
    </message>
    <message>
        <source>Remove %1 from %2</source>
        <translation>Quitar %1 de %2</translation>
    </message>
    <message>
        <source>systemd-resolved is not running (no %1): this machine keeps no local DNS cache to flush</source>
        <translation>systemd-resolved no se está ejecutando (no hay %1): este equipo no tiene ninguna caché DNS local que vaciar</translation>
    </message>
    <message>
        <source>resolvectl cannot be run: %1</source>
        <translation>no se puede ejecutar resolvectl: %1</translation>
    </message>
    <message>
        <source>there is no network interface called &apos;%1&apos; here</source>
        <translation>aquí no hay ninguna interfaz de red llamada &apos;%1&apos;</translation>
    </message>
    <message>
        <source>the DNS cache holds %1 entries right after the flush</source>
        <translation>la caché DNS contiene %1 entradas justo después de vaciarla</translation>
    </message>
    <message>
        <source>%1 has the addresses, routes and state of snapshot %2</source>
        <translation>%1 tiene las direcciones, las rutas y el estado de la instantánea %2</translation>
    </message>
    <message>
        <source>could not write the journal first: %1</source>
        <translation>no se pudo escribir primero el diario: %1</translation>
    </message>
    <message>
        <source>the fix did not work: %1</source>
        <translation>la corrección no funcionó: %1</translation>
    </message>
    <message>
        <source>changed as intended; snapshot %1 can undo it</source>
        <translation>cambiado como se pretendía; la instantánea %1 puede deshacerlo</translation>
    </message>
    <message>
        <source>changed, but whether it worked could not be verified; snapshot %1 can undo it</source>
        <translation>cambiado, pero no se pudo verificar si funcionó; la instantánea %1 puede deshacerlo</translation>
    </message>
    <message>
        <source>the journal could not be written: %1</source>
        <translation>no se pudo escribir el diario: %1</translation>
    </message>
    <message>
        <source>changed; the next run of wsafix will roll back to snapshot %1</source>
        <translation>cambiado; la próxima ejecución de wsafix revertirá a la instantánea %1</translation>
    </message>
    <message>
        <source>%1; the rollback failed: %2</source>
        <translation>%1; la reversión falló: %2</translation>
    </message>
    <message>
        <source>%1; rolled back</source>
        <translation>%1; se revirtió</translation>
    </message>
    <message>
        <source>NOT as before the fix: restore snapshot %1 (wsafix snapshots restore %2)</source>
        <translation>NO como antes de la corrección: restaure la instantánea %1 (wsafix snapshots restore %2)</translation>
    </message>
    <message>
        <source>NOT as before the fix: restore snapshot %1 by hand</source>
        <translation>NO como antes de la corrección: restaure a mano la instantánea %1</translation>
    </message>
    <message>
        <source>as before the fix (snapshot %1)</source>
        <translation>como antes de la corrección (instantánea %1)</translation>
    </message>
    <message>
        <source>restored snapshot %1</source>
        <translation>se restauró la instantánea %1</translation>
    </message>
    <message>
        <source>an interrupted %1 of %2 on %3 (not this machine, %4) was left as it is</source>
        <translation>una %1 interrumpida de %2 en %3 (no en este equipo, %4) se dejó como estaba</translation>
    </message>
    <message>
        <source>unknown for %1</source>
        <translation>desconocido para %1</translation>
    </message>
    <message>
        <source>an earlier %1 of %2 was interrupted (the process ended at step %3)</source>
        <translation>una %1 anterior de %2 se interrumpió (el proceso terminó en el paso %3)</translation>
    </message>
    <message>
        <source>an interrupted %1 of %2 cannot be rolled back: %3</source>
        <translation>una %1 interrumpida de %2 no se puede revertir: %3</translation>
    </message>
    <message>
        <source>%1 needs administrator rights, and on the simulated machine &apos;%2&apos; wsafix runs without them (its scenario says &quot;elevated&quot;: false)</source>
        <translation>%1 requiere derechos de administrador, y en el equipo simulado &apos;%2&apos; wsafix se ejecuta sin ellos (su escenario dice &quot;elevated&quot;: false)</translation>
    </message>
    <message>
        <source>%1 needs administrator rights to change the network configuration, and wsafix runs without them: run it from a command prompt opened with &quot;Run as administrator&quot;, or ask an administrator</source>
        <translation>%1 requiere derechos de administrador para cambiar la configuración de red, y wsafix se ejecuta sin ellos: ejecútelo desde un símbolo del sistema abierto con &quot;Ejecutar como administrador&quot;, o pida ayuda a un administrador</translation>
    </message>
    <message>
        <source>%1 needs root (administrator) rights to change the network configuration, and wsafix runs as an ordinary user: run it as root (sudo wsafix fix ...) or ask an administrator</source>
        <translation>%1 requiere derechos de root (administrador) para cambiar la configuración de red, y wsafix se ejecuta como usuario normal: ejecútelo como root (sudo wsafix fix ...) o pida ayuda a un administrador</translation>
    </message>
    <message>
        <source>the guard refuses to watch: %1; nothing was changed</source>
        <translation>el vigilante se niega a supervisar: %1; no se cambió nada</translation>
    </message>
    <message>
        <source>the guard cannot write its state: %1</source>
        <translation>el vigilante no puede escribir su estado: %1</translation>
    </message>
    <message>
        <source>%1: the auto-revert guard restored snapshot %2 (%3) — machine: %4</source>
        <translation>%1: el vigilante de reversión automática restauró la instantánea %2 (%3) — equipo: %4</translation>
    </message>
    <message>
        <source>%1: the auto-revert guard could not restore snapshot %2 (%3) — machine: %4</source>
        <translation>%1: el vigilante de reversión automática no pudo restaurar la instantánea %2 (%3) — equipo: %4</translation>
    </message>
    <message>
        <source>connectivity was not confirmed within %1 s</source>
        <translation>la conectividad no se confirmó en %1 s</translation>
    </message>
    <message>
        <source>auto-revert guard: connectivity was not confirmed in time; %1</source>
        <translation>vigilante de reversión automática: la conectividad no se confirmó a tiempo; %1</translation>
    </message>
    <message>
        <source>the program to run elevated must be an absolute path: %1</source>
        <translation>el programa que se ejecuta con elevación debe ser una ruta absoluta: %1</translation>
    </message>
    <message>
        <source>pkexec could not start (%1); ask an administrator to run: sudo %2 fix ...</source>
        <translation>pkexec no pudo iniciarse (%1); pida a un administrador que ejecute: sudo %2 fix ...</translation>
    </message>
    <message>
        <source>the elevated fix step did not end within %1 s</source>
        <translation>el paso de corrección elevado no terminó en %1 s</translation>
    </message>
    <message>
        <source>not authorized, or no authentication agent is running (pkexec: %1)</source>
        <translation>no autorizado, o no hay ningún agente de autenticación en ejecución (pkexec: %1)</translation>
    </message>
    <message>
        <source>the fix step ran as root (pkexec) and exited with %1</source>
        <translation>el paso de corrección se ejecutó como root (pkexec) y terminó con %1</translation>
    </message>
    <message>
        <source>%1; the auto-revert guard did not report back (see %2)</source>
        <translation>%1; el vigilante de reversión automática no respondió (vea %2)</translation>
    </message>
    <message>
        <source>neither $XDG_CONFIG_HOME nor $HOME is an absolute path, so there is no autostart folder</source>
        <translation>ni $XDG_CONFIG_HOME ni $HOME es una ruta absoluta, así que no hay carpeta de inicio automático</translation>
    </message>
    <message>
        <source>the autostart entry %1 could not be written: %2</source>
        <translation>no se pudo escribir la entrada de inicio automático %1: %2</translation>
    </message>
    <message>
        <source>the autostart entry %1 could not be removed: %2</source>
        <translation>no se pudo quitar la entrada de inicio automático %1: %2</translation>
    </message>
    <message>
        <source>The program wanted a network port that is already taken, either by another program or by an earlier copy of itself that has not let go of it yet.</source>
        <translation>El programa quería un puerto de red que ya está ocupado, por otro programa o por una copia anterior de sí mismo que aún no lo ha liberado.</translation>
    </message>
    <message>
        <source>The program asked to use a network address that this computer does not have, or an address that cannot be used at all, such as port 0.</source>
        <translation>El programa pidió usar una dirección de red que este equipo no tiene, o una dirección que no se puede usar en absoluto, como el puerto 0.</translation>
    </message>
    <message>
        <source>Windows reports that the network is not working on this computer, so no program can connect right now.</source>
        <translation>Windows indica que la red no funciona en este equipo, así que ahora ningún programa puede conectarse.</translation>
    </message>
    <message>
        <source>This computer knows no way to the network the program wants to reach; often the connection to the router or to the VPN is missing.</source>
        <translation>Este equipo no conoce ningún camino hacia la red que el programa quiere alcanzar; a menudo falta la conexión con el router o con la VPN.</translation>
    </message>
    <message>
        <source>An open connection broke because the other side stopped answering while the program was still using it.</source>
        <translation>Una conexión abierta se rompió porque el otro extremo dejó de responder mientras el programa aún la usaba.</translation>
    </message>
    <message>
        <source>Software on this computer closed an open connection, for example a firewall, an antivirus program or the program itself after waiting too long.</source>
        <translation>Un software de este equipo cerró una conexión abierta, por ejemplo un cortafuegos, un antivirus o el propio programa tras esperar demasiado.</translation>
    </message>
    <message>
        <source>The computer at the other end closed the connection abruptly. The problem is usually on that server or on the way to it, not on this computer.</source>
        <translation>El equipo del otro extremo cerró la conexión de golpe. El problema suele estar en ese servidor o en el camino hacia él, no en este equipo.</translation>
    </message>
    <message>
        <source>Windows ran out of resources for network connections, usually because one program has opened far too many of them.</source>
        <translation>Windows se quedó sin recursos para conexiones de red, normalmente porque un programa ha abierto demasiadas.</translation>
    </message>
    <message>
        <source>The program tried to send or receive over a connection that was not open: never opened, or already closed.</source>
        <translation>El programa intentó enviar o recibir por una conexión que no estaba abierta: nunca se abrió o ya estaba cerrada.</translation>
    </message>
    <message>
        <source>The computer the program tried to reach did not answer in time. It may be switched off or blocked by a firewall, or the address may be wrong.</source>
        <translation>El equipo al que el programa intentó llegar no respondió a tiempo. Puede estar apagado o bloqueado por un cortafuegos, o la dirección puede ser incorrecta.</translation>
    </message>
    <message>
        <source>The computer the program tried to reach answered, but nothing accepts connections on that port: the service there is stopped, or the port number is wrong.</source>
        <translation>El equipo al que el programa intentó llegar respondió, pero nada acepta conexiones en ese puerto: el servicio está detenido o el número de puerto es incorrecto.</translation>
    </message>
    <message>
        <source>The computer the program tried to reach seems to be switched off or disconnected.</source>
        <translation>El equipo al que el programa intentó llegar parece estar apagado o desconectado.</translation>
    </message>
    <message>
        <source>This computer found no way to reach the other computer; often the local network or the VPN connection is missing.</source>
        <translation>Este equipo no encontró ningún camino hacia el otro equipo; a menudo falta la red local o la conexión VPN.</translation>
    </message>
    <message>
        <source>Windows&apos; networking component is not ready, so the program cannot use the network at all. Restarting the computer often helps; if not, the network setup needs repair.</source>
        <translation>El componente de red de Windows no está listo, así que el programa no puede usar la red en absoluto. Reiniciar el equipo suele ayudar; si no, hay que reparar la configuración de red.</translation>
    </message>
    <message>
        <source>The program did not prepare Windows networking before using it. This is a fault in the program; updating or reinstalling it is the remedy, not a repair of Windows.</source>
        <translation>El programa no preparó la red de Windows antes de usarla. Es un fallo del programa; el remedio es actualizarlo o reinstalarlo, no reparar Windows.</translation>
    </message>
    <message>
        <source>A networking add-on installed into Windows cannot start, so programs cannot use the network. This usually comes from leftover VPN, proxy or security software.</source>
        <translation>Un complemento de red instalado en Windows no puede iniciarse, así que los programas no pueden usar la red. Suele deberse a restos de software de VPN, proxy o seguridad.</translation>
    </message>
    <message>
        <source>A basic Windows networking operation failed where it should never fail; usually the Winsock setup is damaged or a networking add-on misbehaves.</source>
        <translation>Una operación básica de red de Windows falló donde nunca debería fallar; normalmente la configuración de Winsock está dañada o un complemento de red se comporta mal.</translation>
    </message>
    <message>
        <source>The computer name or web address the program uses could not be found. It may be misspelled, or the name service (DNS) cannot be reached.</source>
        <translation>No se encontró el nombre de equipo o la dirección web que usa el programa. Puede estar mal escrito, o el servicio de nombres (DNS) no es accesible.</translation>
    </message>
    <message>
        <source>The name lookup got no answer this time; trying again in a moment may work. If it keeps failing, the DNS server cannot be reached.</source>
        <translation>La búsqueda del nombre no obtuvo respuesta esta vez; volver a intentarlo en un momento puede funcionar. Si sigue fallando, el servidor DNS no es accesible.</translation>
    </message>
    <message>
        <source>The name exists, but has no address of the kind the program asked for, for example no IPv4 address.</source>
        <translation>El nombre existe, pero no tiene una dirección del tipo que pidió el programa, por ejemplo ninguna dirección IPv4.</translation>
    </message>
    <message>
        <source>bind() asked for a local address and port that an existing socket holds, or one that is still closing (TIME_WAIT). After a bind() to a wildcard address the error can surface later, in connect() or listen(). Client code rarely needs bind(): connect() picks a free local port by itself.</source>
        <translation>bind() pidió una dirección y un puerto locales que ya tiene un socket existente, o que aún se están cerrando (TIME_WAIT). Tras un bind() a una dirección comodín, el error puede aparecer más tarde, en connect() o listen(). El código cliente rara vez necesita bind(): connect() elige por sí mismo un puerto local libre.</translation>
    </message>
    <message>
        <source>Another program, or a second copy of the same program, already listens on that port.</source>
        <translation>Otro programa, o una segunda copia del mismo programa, ya escucha en ese puerto.</translation>
    </message>
    <message>
        <source>The program restarted and its previous connections still hold the port while they close (TIME_WAIT).</source>
        <translation>El programa se reinició y sus conexiones anteriores aún ocupan el puerto mientras se cierran (TIME_WAIT).</translation>
    </message>
    <message>
        <source>A program opens and closes outgoing connections so fast that Windows has to reuse local ports too early (Tcpip event 4227 in the System log).</source>
        <translation>Un programa abre y cierra conexiones salientes tan deprisa que Windows tiene que reutilizar puertos locales demasiado pronto (evento Tcpip 4227 en el registro del sistema).</translation>
    </message>
    <message>
        <source>The sockets probe shows which process owns the port. A second copy of the same program: close it. Tcpip event 4227 points at a program that churns connections, not at a broken machine.</source>
        <translation>La comprobación sockets muestra qué proceso tiene el puerto. Una segunda copia del mismo programa: ciérrela. El evento Tcpip 4227 apunta a un programa que abre y cierra conexiones sin parar, no a un equipo averiado.</translation>
    </message>
    <message>
        <source>bind() named a local address that no interface of this machine has, or connect()/sendto() named a remote address or port that is not valid (for example 0.0.0.0 or port 0). On Linux, EADDRNOTAVAIL from connect() also means that no free local port was left for an outgoing connection.</source>
        <translation>bind() indicó una dirección local que ninguna interfaz de este equipo tiene, o connect()/sendto() indicó una dirección o un puerto remotos no válidos (por ejemplo 0.0.0.0 o el puerto 0). En Linux, EADDRNOTAVAIL de connect() también significa que no quedaba ningún puerto local libre para una conexión saliente.</translation>
    </message>
    <message>
        <source>The program is set to use a local IP address the machine no longer has (a new DHCP lease, a removed adapter, a disconnected VPN).</source>
        <translation>El programa está configurado para usar una dirección IP local que el equipo ya no tiene (una nueva concesión DHCP, un adaptador retirado, una VPN desconectada).</translation>
    </message>
    <message>
        <source>The target address or port in the program&apos;s settings is empty or zero.</source>
        <translation>La dirección o el puerto de destino en la configuración del programa está vacío o es cero.</translation>
    </message>
    <message>
        <source>On Linux: every local port for outgoing connections is in use.</source>
        <translation>En Linux: todos los puertos locales para conexiones salientes están en uso.</translation>
    </message>
    <message>
        <source>Compare the address in the program&apos;s settings with the adapters probe: a missing address means the adapter or its lease changed.</source>
        <translation>Compare la dirección de la configuración del programa con la comprobación adapters: si falta la dirección, el adaptador o su concesión ha cambiado.</translation>
    </message>
    <message>
        <source>The operation met a dead network: a failure of the protocol stack, of the network interface or of the local network. The arguments of the call are not the cause.</source>
        <translation>La operación encontró una red caída: un fallo de la pila de protocolos, de la interfaz de red o de la red local. Los argumentos de la llamada no son la causa.</translation>
    </message>
    <message>
        <source>The network adapter is disabled, unplugged, or its driver stopped.</source>
        <translation>El adaptador de red está desactivado o desconectado, o su controlador se detuvo.</translation>
    </message>
    <message>
        <source>The local network itself is down (switch, Wi-Fi access point).</source>
        <translation>La propia red local está caída (conmutador, punto de acceso Wi-Fi).</translation>
    </message>
    <message>
        <source>The TCP/IP stack or the Winsock configuration is damaged, often after VPN or security software was removed.</source>
        <translation>La pila TCP/IP o la configuración de Winsock está dañada, a menudo tras desinstalar software de VPN o de seguridad.</translation>
    </message>
    <message>
        <source>No adapter up in the adapters probe: start there. Adapters up but every program fails: suspect the stack and the Winsock catalog.</source>
        <translation>Ningún adaptador activo en la comprobación adapters: empiece por ahí. Adaptadores activos pero todos los programas fallan: sospeche de la pila y del catálogo de Winsock.</translation>
    </message>
    <message>
        <source>No route to the destination network: the routing table has no entry for the target address, typically because there is no default gateway.</source>
        <translation>No hay ruta a la red de destino: la tabla de rutas no tiene ninguna entrada para la dirección de destino, normalmente porque no hay puerta de enlace predeterminada.</translation>
    </message>
    <message>
        <source>No default gateway: the adapter has no DHCP lease, or a static setup lacks the gateway.</source>
        <translation>No hay puerta de enlace predeterminada: el adaptador no tiene concesión DHCP, o a una configuración estática le falta la puerta de enlace.</translation>
    </message>
    <message>
        <source>The VPN that routes the target network is disconnected.</source>
        <translation>La VPN que enruta la red de destino está desconectada.</translation>
    </message>
    <message>
        <source>The target is an IPv6 address and this machine has no IPv6 route.</source>
        <translation>El destino es una dirección IPv6 y este equipo no tiene ninguna ruta IPv6.</translation>
    </message>
    <message>
        <source>The adapters probe lists gateways: no gateway on any adapter that is up explains the error.</source>
        <translation>La comprobación adapters enumera las puertas de enlace: que ningún adaptador activo tenga puerta de enlace explica el error.</translation>
    </message>
    <message>
        <source>Keep-alive probes found the connection dead while an operation was in progress. Operations in progress fail with WSAENETRESET, later ones with WSAECONNRESET. setsockopt(SO_KEEPALIVE) on a connection that has already failed returns it too.</source>
        <translation>Las sondas keep-alive encontraron la conexión muerta mientras había una operación en curso. Las operaciones en curso fallan con WSAENETRESET y las posteriores con WSAECONNRESET. setsockopt(SO_KEEPALIVE) sobre una conexión que ya ha fallado también lo devuelve.</translation>
    </message>
    <message>
        <source>The network path dropped for a while (Wi-Fi, VPN reconnect, a laptop that slept).</source>
        <translation>La ruta de red se cortó durante un tiempo (Wi-Fi, reconexión de la VPN, un portátil que estuvo en suspensión).</translation>
    </message>
    <message>
        <source>The remote host rebooted or lost its network.</source>
        <translation>El host remoto se reinició o perdió su red.</translation>
    </message>
    <message>
        <source>A firewall or NAT device forgot the idle connection.</source>
        <translation>Un cortafuegos o un dispositivo NAT olvidó la conexión inactiva.</translation>
    </message>
    <message>
        <source>Look for adapter or VPN changes at the time of the error in the event log, and check whether only one server is affected.</source>
        <translation>Busque en el registro de eventos cambios de adaptador o de VPN en el momento del error, y compruebe si solo está afectado un servidor.</translation>
    </message>
    <message>
        <source>The local stack aborted an established connection, possibly because of a data transmission time-out or a protocol error. Security software that filters traffic on this machine can abort connections too.</source>
        <translation>La pila local abortó una conexión establecida, quizá por un tiempo de espera agotado en la transmisión de datos o por un error de protocolo. El software de seguridad que filtra el tráfico en este equipo también puede abortar conexiones.</translation>
    </message>
    <message>
        <source>Retransmissions timed out: the network path lost data for too long.</source>
        <translation>Las retransmisiones agotaron el tiempo: la ruta de red perdió datos durante demasiado tiempo.</translation>
    </message>
    <message>
        <source>A local firewall, antivirus or VPN program cut the connection.</source>
        <translation>Un cortafuegos local, un antivirus o un programa de VPN cortó la conexión.</translation>
    </message>
    <message>
        <source>A layered service provider in the Winsock catalog interfered.</source>
        <translation>Un proveedor de servicios en capas del catálogo de Winsock interfirió.</translation>
    </message>
    <message>
        <source>Several programs losing connections at once: look at the Winsock catalog and security software. One program only: look at its own time-outs.</source>
        <translation>Varios programas pierden conexiones a la vez: revise el catálogo de Winsock y el software de seguridad. Solo un programa: revise sus propios tiempos de espera.</translation>
    </message>
    <message>
        <source>The peer reset the connection: its program stopped or closed with an abortive close (SO_LINGER with a zero time-out), the host rebooted, or keep-alive found the connection broken. On a UDP socket, Windows reports an ICMP port-unreachable caused by an earlier send as WSAECONNRESET on a later receive.</source>
        <translation>El par restableció la conexión: su programa se detuvo o cerró de forma abortiva (SO_LINGER con tiempo cero), el host se reinició, o keep-alive encontró la conexión rota. En un socket UDP, Windows informa de un ICMP «puerto inalcanzable» causado por un envío anterior como WSAECONNRESET en una recepción posterior.</translation>
    </message>
    <message>
        <source>The server program crashed, restarted, or rejected the request and closed hard.</source>
        <translation>El programa servidor se bloqueó, se reinició o rechazó la solicitud y cerró de golpe.</translation>
    </message>
    <message>
        <source>A firewall, proxy or load balancer between the two reset the connection.</source>
        <translation>Un cortafuegos, un proxy o un balanceador de carga entre ambos restableció la conexión.</translation>
    </message>
    <message>
        <source>The server or its network went down.</source>
        <translation>El servidor o su red se cayó.</translation>
    </message>
    <message>
        <source>Every client of the same server affected: the server is at fault. The connectivity probe to another host shows whether this machine&apos;s network is fine.</source>
        <translation>Todos los clientes del mismo servidor afectados: el culpable es el servidor. La comprobación connectivity hacia otro host muestra si la red de este equipo está bien.</translation>
    </message>
    <message>
        <source>The system lacked buffer space or a queue was full. In practice: too many sockets are open, or the range of local ports for outgoing connections is used up by connections left in TIME_WAIT.</source>
        <translation>Al sistema le faltó espacio de búfer o una cola estaba llena. En la práctica: hay demasiados sockets abiertos, o el rango de puertos locales para conexiones salientes está agotado por conexiones que quedaron en TIME_WAIT.</translation>
    </message>
    <message>
        <source>A program leaks sockets, or opens connections faster than it closes them, and exhausts the local ports.</source>
        <translation>Un programa pierde sockets, o abre conexiones más rápido de lo que las cierra, y agota los puertos locales.</translation>
    </message>
    <message>
        <source>Many programs together use all local ports (busy servers, aggressive monitoring tools).</source>
        <translation>Muchos programas juntos usan todos los puertos locales (servidores muy cargados, herramientas de supervisión agresivas).</translation>
    </message>
    <message>
        <source>The machine is short of memory.</source>
        <translation>El equipo tiene poca memoria.</translation>
    </message>
    <message>
        <source>The sockets probe counts sockets per process: one process with thousands of TIME_WAIT or BOUND sockets is the culprit, and restarting it frees them.</source>
        <translation>La comprobación sockets cuenta los sockets por proceso: un proceso con miles de sockets en TIME_WAIT o BOUND es el culpable, y reiniciarlo los libera.</translation>
    </message>
    <message>
        <source>send() or recv() (or an option such as SO_KEEPALIVE) on a connection-oriented socket that is not connected, or sendto() on a datagram socket without a destination address.</source>
        <translation>send() o recv() (o una opción como SO_KEEPALIVE) en un socket orientado a conexión que no está conectado, o sendto() en un socket de datagramas sin dirección de destino.</translation>
    </message>
    <message>
        <source>The program uses the socket before its non-blocking connect() has completed, or after shutting it down.</source>
        <translation>El programa usa el socket antes de que su connect() no bloqueante haya terminado, o después de cerrarlo (shutdown).</translation>
    </message>
    <message>
        <source>The connection was reset or dropped and the program did not notice.</source>
        <translation>La conexión se restableció o se cortó y el programa no se dio cuenta.</translation>
    </message>
    <message>
        <source>A datagram socket sends without an address.</source>
        <translation>Un socket de datagramas envía sin dirección.</translation>
    </message>
    <message>
        <source>One application affected: the application. If resets (10054) come just before it in the same log, look at the server or the network first.</source>
        <translation>Una sola aplicación afectada: la aplicación. Si justo antes aparecen restablecimientos (10054) en el mismo registro, revise primero el servidor o la red.</translation>
    </message>
    <message>
        <source>The connection attempt got no answer within the retry period (not even a refusal), or an established connection stopped being acknowledged. A refusal would have been WSAECONNREFUSED; silence usually means a firewall that drops packets, a wrong address, or a broken path.</source>
        <translation>El intento de conexión no obtuvo respuesta dentro del periodo de reintentos (ni siquiera un rechazo), o una conexión establecida dejó de recibir confirmaciones. Un rechazo habría sido WSAECONNREFUSED; el silencio suele indicar un cortafuegos que descarta paquetes, una dirección incorrecta o una ruta rota.</translation>
    </message>
    <message>
        <source>A firewall on this machine, on the network or on the server silently drops the connection.</source>
        <translation>Un cortafuegos en este equipo, en la red o en el servidor descarta la conexión en silencio.</translation>
    </message>
    <message>
        <source>The server is down, or the address or port is wrong.</source>
        <translation>El servidor está caído, o la dirección o el puerto son incorrectos.</translation>
    </message>
    <message>
        <source>The network path is broken or very lossy (no gateway, VPN down).</source>
        <translation>La ruta de red está rota o pierde muchos paquetes (sin puerta de enlace, VPN caída).</translation>
    </message>
    <message>
        <source>The connectivity probe tries the same host and port and another host: if only that target fails, the server or a firewall on the way is at fault.</source>
        <translation>La comprobación connectivity prueba el mismo host y puerto y otro host: si solo falla ese destino, el culpable es el servidor o un cortafuegos en el camino.</translation>
    </message>
    <message>
        <source>The target host answered with a reset: no socket listens on that address and port (the server is not running, listens on another port or interface, or its queue of pending connections is full), or a firewall rejects the connection actively.</source>
        <translation>El host de destino respondió con un restablecimiento: ningún socket escucha en esa dirección y puerto (el servidor no se está ejecutando, escucha en otro puerto o interfaz, o su cola de conexiones pendientes está llena), o un cortafuegos rechaza activamente la conexión.</translation>
    </message>
    <message>
        <source>The server program or service is not running.</source>
        <translation>El programa servidor o el servicio no se está ejecutando.</translation>
    </message>
    <message>
        <source>Wrong port, or the server listens only on another address (for example only on 127.0.0.1).</source>
        <translation>Puerto incorrecto, o el servidor solo escucha en otra dirección (por ejemplo solo en 127.0.0.1).</translation>
    </message>
    <message>
        <source>A firewall rejects the connection.</source>
        <translation>Un cortafuegos rechaza la conexión.</translation>
    </message>
    <message>
        <source>The server&apos;s queue of pending connections is full.</source>
        <translation>La cola de conexiones pendientes del servidor está llena.</translation>
    </message>
    <message>
        <source>A refusal comes from the remote side. If the target is this machine, the sockets probe shows whether anything listens on the port.</source>
        <translation>Un rechazo viene del lado remoto. Si el destino es este equipo, la comprobación sockets muestra si algo escucha en el puerto.</translation>
    </message>
    <message>
        <source>The destination host is down. Windows reports such conditions more often as WSAETIMEDOUT.</source>
        <translation>El host de destino está caído. Windows informa de estas situaciones más a menudo como WSAETIMEDOUT.</translation>
    </message>
    <message>
        <source>The target machine is off, asleep or disconnected.</source>
        <translation>El equipo de destino está apagado, en suspensión o desconectado.</translation>
    </message>
    <message>
        <source>The name points to the wrong or an old machine, for example through a stale DNS entry.</source>
        <translation>El nombre apunta a un equipo equivocado o antiguo, por ejemplo por una entrada DNS obsoleta.</translation>
    </message>
    <message>
        <source>The local network path is down.</source>
        <translation>La ruta de red local está caída.</translation>
    </message>
    <message>
        <source>If other hosts answer the connectivity probe, the target is at fault.</source>
        <translation>Si otros hosts responden a la comprobación connectivity, el culpable es el destino.</translation>
    </message>
    <message>
        <source>No route to the host: the routing table has no usable route, or a router on the way reported the host unreachable.</source>
        <translation>No hay ruta al host: la tabla de rutas no tiene ninguna ruta utilizable, o un router en el camino informó de que el host es inalcanzable.</translation>
    </message>
    <message>
        <source>No default gateway, or the VPN for that network is down.</source>
        <translation>No hay puerta de enlace predeterminada, o la VPN de esa red está caída.</translation>
    </message>
    <message>
        <source>A router or firewall on the way reports the host as unreachable.</source>
        <translation>Un router o un cortafuegos en el camino informa de que el host es inalcanzable.</translation>
    </message>
    <message>
        <source>The target is on a network this machine is not connected to.</source>
        <translation>El destino está en una red a la que este equipo no está conectado.</translation>
    </message>
    <message>
        <source>The adapters probe lists gateways; the connectivity probe shows whether other hosts are reachable.</source>
        <translation>La comprobación adapters enumera las puertas de enlace; la comprobación connectivity muestra si otros hosts son accesibles.</translation>
    </message>
    <message>
        <source>WSAStartup() failed because the underlying network subsystem is unavailable. Microsoft&apos;s advice: check that the right Winsock DLL is found first on the path, that no second Winsock implementation is in use, and that all networking components are installed and configured.</source>
        <translation>WSAStartup() falló porque el subsistema de red subyacente no está disponible. Consejo de Microsoft: compruebe que la DLL de Winsock correcta se encuentra primero en la ruta, que no se usa una segunda implementación de Winsock y que todos los componentes de red están instalados y configurados.</translation>
    </message>
    <message>
        <source>The Winsock catalog or the network configuration is damaged, often after VPN or security software was removed.</source>
        <translation>El catálogo de Winsock o la configuración de red está dañado, a menudo tras desinstalar software de VPN o de seguridad.</translation>
    </message>
    <message>
        <source>An old or foreign winsock.dll or wsock32.dll sits next to the program or on the path.</source>
        <translation>Hay un winsock.dll o wsock32.dll antiguo o ajeno junto al programa o en la ruta.</translation>
    </message>
    <message>
        <source>Networking services are not running yet (very early at start-up) or are disabled.</source>
        <translation>Los servicios de red aún no se están ejecutando (muy al principio del arranque) o están desactivados.</translation>
    </message>
    <message>
        <source>Every program fails: the machine. One program fails: look for Winsock DLLs in its folder.</source>
        <translation>Fallan todos los programas: el equipo. Falla un programa: busque DLL de Winsock en su carpeta.</translation>
    </message>
    <message>
        <source>A Winsock function was called before a successful WSAStartup(), after WSACleanup() was called too many times, or after WSAStartup() failed and the failure was ignored. Sharing a socket with a task that did not start Winsock gives it too.</source>
        <translation>Se llamó a una función de Winsock antes de un WSAStartup() correcto, después de llamar a WSACleanup() demasiadas veces, o después de que WSAStartup() fallara y se ignorara el fallo. Compartir un socket con una tarea que no inició Winsock también lo provoca.</translation>
    </message>
    <message>
        <source>The program never calls WSAStartup(), for example in a DLL or a thread that starts early.</source>
        <translation>El programa nunca llama a WSAStartup(), por ejemplo en una DLL o en un hilo que arranca pronto.</translation>
    </message>
    <message>
        <source>WSACleanup() is called once too often, for example by a library that shuts down while others still use sockets.</source>
        <translation>Se llama a WSACleanup() una vez de más, por ejemplo desde una biblioteca que se cierra mientras otras aún usan sockets.</translation>
    </message>
    <message>
        <source>WSAStartup() failed (see 10091 and 10106) and the program carried on.</source>
        <translation>WSAStartup() falló (véase 10091 y 10106) y el programa siguió adelante.</translation>
    </message>
    <message>
        <source>Only this program affected: the program. Other programs failing to start networking too: look for the causes of 10091 and 10106 in the Winsock catalog.</source>
        <translation>Solo este programa afectado: el programa. Otros programas tampoco logran iniciar la red: busque las causas de 10091 y 10106 en el catálogo de Winsock.</translation>
    </message>
    <message>
        <source>A service provider&apos;s DLL could not be loaded (LoadLibrary failed), or its WSPStartup or NSPStartup failed. Typically a layered provider whose DLL was deleted while its entry stayed in the Winsock catalog.</source>
        <translation>No se pudo cargar la DLL de un proveedor de servicios (LoadLibrary falló), o su WSPStartup o NSPStartup falló. Normalmente un proveedor en capas cuya DLL se borró mientras su entrada seguía en el catálogo de Winsock.</translation>
    </message>
    <message>
        <source>An orphaned layered service provider: its DLL is missing after VPN, proxy or security software was uninstalled.</source>
        <translation>Un proveedor de servicios en capas huérfano: falta su DLL tras desinstalar software de VPN, proxy o seguridad.</translation>
    </message>
    <message>
        <source>A provider DLL that is broken or does not match the program&apos;s 32/64-bit architecture.</source>
        <translation>Una DLL de proveedor dañada o que no coincide con la arquitectura de 32/64 bits del programa.</translation>
    </message>
    <message>
        <source>A damaged Winsock catalog in the registry.</source>
        <translation>Un catálogo de Winsock dañado en el registro.</translation>
    </message>
    <message>
        <source>The catalog probe lists providers whose DLL is missing: one such entry explains the error in every program.</source>
        <translation>La comprobación catalog enumera los proveedores cuya DLL falta: una sola de esas entradas explica el error en todos los programas.</translation>
    </message>
    <message>
        <source>A system call that should never fail did, for example a wait on events or the registry access to the protocol and namespace catalogs. It is also returned when a provider fails without giving an error code, which can point at a faulty service provider.</source>
        <translation>Falló una llamada al sistema que nunca debería fallar, por ejemplo una espera de eventos o el acceso al registro de los catálogos de protocolos y de espacios de nombres. También se devuelve cuando un proveedor falla sin dar un código de error, lo que puede apuntar a un proveedor de servicios defectuoso.</translation>
    </message>
    <message>
        <source>A faulty layered service provider.</source>
        <translation>Un proveedor de servicios en capas defectuoso.</translation>
    </message>
    <message>
        <source>Registry access to the Winsock catalogs fails.</source>
        <translation>Falla el acceso al registro de los catálogos de Winsock.</translation>
    </message>
    <message>
        <source>The catalog probe shows third-party and orphaned providers; none there points at the registry itself.</source>
        <translation>La comprobación catalog muestra los proveedores de terceros y huérfanos; si no hay ninguno, apunta al propio registro.</translation>
    </message>
    <message>
        <source>Name resolution (getaddrinfo, gethostbyname) answered that the name is unknown. On Linux, getaddrinfo() reports this as EAI_NONAME (&quot;Name or service not known&quot;).</source>
        <translation>La resolución de nombres (getaddrinfo, gethostbyname) respondió que el nombre es desconocido. En Linux, getaddrinfo() lo indica como EAI_NONAME («Name or service not known»).</translation>
    </message>
    <message>
        <source>The host name is misspelled or no longer exists.</source>
        <translation>El nombre de host está mal escrito o ya no existe.</translation>
    </message>
    <message>
        <source>The DNS server in use does not know internal names (VPN down, wrong DNS suffix).</source>
        <translation>El servidor DNS en uso no conoce los nombres internos (VPN caída, sufijo DNS incorrecto).</translation>
    </message>
    <message>
        <source>A stale answer in the DNS cache, or a wrong entry in the hosts file.</source>
        <translation>Una respuesta obsoleta en la caché DNS, o una entrada incorrecta en el archivo hosts.</translation>
    </message>
    <message>
        <source>Look up another well-known name: if that fails too, name resolution on this machine is at fault; if not, the name itself is.</source>
        <translation>Resuelva otro nombre conocido: si también falla, la culpable es la resolución de nombres de este equipo; si no, el propio nombre.</translation>
    </message>
    <message>
        <source>A temporary resolver failure: the local DNS server got no response from an authoritative server. On Linux, getaddrinfo() reports EAI_AGAIN (&quot;Temporary failure in name resolution&quot;).</source>
        <translation>Un fallo temporal del resolutor: el servidor DNS local no recibió respuesta de un servidor autoritativo. En Linux, getaddrinfo() devuelve EAI_AGAIN («Temporary failure in name resolution»).</translation>
    </message>
    <message>
        <source>The DNS server is slow, overloaded or unreachable.</source>
        <translation>El servidor DNS es lento, está sobrecargado o no es accesible.</translation>
    </message>
    <message>
        <source>The network link is unstable.</source>
        <translation>El enlace de red es inestable.</translation>
    </message>
    <message>
        <source>A firewall blocks DNS (port 53).</source>
        <translation>Un cortafuegos bloquea el DNS (puerto 53).</translation>
    </message>
    <message>
        <source>If every lookup fails, check the DNS servers in the adapters probe; if only some do, the remote DNS servers are slow.</source>
        <translation>Si fallan todas las búsquedas, revise los servidores DNS en la comprobación adapters; si solo fallan algunas, los servidores DNS remotos son lentos.</translation>
    </message>
    <message>
        <source>The name resolved, but without a record of the requested type: for example an IPv6-only name asked for IPv4 addresses, or a name with only a mail (MX) record. On Linux, glibc&apos;s getaddrinfo() reports EAI_NODATA (&quot;No address associated with hostname&quot;).</source>
        <translation>El nombre se resolvió, pero sin un registro del tipo pedido: por ejemplo, un nombre solo IPv6 al que se piden direcciones IPv4, o un nombre que solo tiene un registro de correo (MX). En Linux, getaddrinfo() de glibc devuelve EAI_NODATA («No address associated with hostname»).</translation>
    </message>
    <message>
        <source>The name has only IPv6 (or only IPv4) addresses and the program asks for the other kind.</source>
        <translation>El nombre solo tiene direcciones IPv6 (o solo IPv4) y el programa pide el otro tipo.</translation>
    </message>
    <message>
        <source>The DNS entry is incomplete, for example only a mail record.</source>
        <translation>La entrada DNS está incompleta, por ejemplo solo un registro de correo.</translation>
    </message>
    <message>
        <source>Split DNS answers differently inside and outside the VPN.</source>
        <translation>El DNS dividido (split DNS) responde de forma distinta dentro y fuera de la VPN.</translation>
    </message>
    <message>
        <source>Compare the answer with and without the VPN; a flush of the DNS cache rules out a stale answer.</source>
        <translation>Compare la respuesta con y sin VPN; vaciar la caché DNS descarta una respuesta obsoleta.</translation>
    </message>
    <message>
        <source>Specified event object handle is invalid.</source>
        <translation>El identificador de objeto de evento especificado no es válido.</translation>
    </message>
    <message>
        <source>The handle is invalid.</source>
        <translation>Controlador no válido.</translation>
    </message>
    <message>
        <source>Insufficient memory available.</source>
        <translation>Memoria disponible insuficiente.</translation>
    </message>
    <message>
        <source>Not enough storage is available to process this command.</source>
        <translation>No hay suficiente espacio de almacenamiento para procesar este comando.</translation>
    </message>
    <message>
        <source>One or more parameters are invalid.</source>
        <translation>Uno o varios parámetros no son válidos.</translation>
    </message>
    <message>
        <source>The parameter is incorrect.</source>
        <translation>El parámetro no es correcto.</translation>
    </message>
    <message>
        <source>Overlapped operation aborted.</source>
        <translation>Operación superpuesta anulada.</translation>
    </message>
    <message>
        <source>The I/O operation has been aborted because of either a thread exit or an application request.</source>
        <translation>La operación de E/S se anuló porque un subproceso terminó o porque lo solicitó una aplicación.</translation>
    </message>
    <message>
        <source>Overlapped I/O event object not in signaled state.</source>
        <translation>El objeto de evento de E/S superpuesta no está en estado señalado.</translation>
    </message>
    <message>
        <source>Overlapped I/O event is not in a signaled state.</source>
        <translation>El evento de E/S superpuesta no está en estado señalado.</translation>
    </message>
    <message>
        <source>Overlapped operations will complete later.</source>
        <translation>Las operaciones superpuestas se completarán más tarde.</translation>
    </message>
    <message>
        <source>Overlapped I/O operation is in progress.</source>
        <translation>La operación de E/S superpuesta está en curso.</translation>
    </message>
    <message>
        <source>Interrupted function call.</source>
        <translation>Llamada de función interrumpida.</translation>
    </message>
    <message>
        <source>A blocking operation was interrupted by a call to WSACancelBlockingCall.</source>
        <translation>Una operación de bloqueo se interrumpió por una llamada a WSACancelBlockingCall.</translation>
    </message>
    <message>
        <source>File handle is not valid.</source>
        <translation>El identificador de archivo no es válido.</translation>
    </message>
    <message>
        <source>The file handle supplied is not valid.</source>
        <translation>El identificador de archivo proporcionado no es válido.</translation>
    </message>
    <message>
        <source>Permission denied.</source>
        <translation>Permiso denegado.</translation>
    </message>
    <message>
        <source>An attempt was made to access a socket in a way forbidden by its access permissions.</source>
        <translation>Se intentó acceder a un socket de una manera que no permiten sus permisos de acceso.</translation>
    </message>
    <message>
        <source>Bad address.</source>
        <translation>Dirección incorrecta.</translation>
    </message>
    <message>
        <source>The system detected an invalid pointer address in attempting to use a pointer argument in a call.</source>
        <translation>El sistema detectó una dirección de puntero no válida al intentar usar un argumento de puntero en una llamada.</translation>
    </message>
    <message>
        <source>Invalid argument.</source>
        <translation>Argumento no válido.</translation>
    </message>
    <message>
        <source>An invalid argument was supplied.</source>
        <translation>Se proporcionó un argumento no válido.</translation>
    </message>
    <message>
        <source>Too many open files.</source>
        <translation>Demasiados archivos abiertos.</translation>
    </message>
    <message>
        <source>Too many open sockets.</source>
        <translation>Demasiados sockets abiertos.</translation>
    </message>
    <message>
        <source>Resource temporarily unavailable.</source>
        <translation>Recurso no disponible temporalmente.</translation>
    </message>
    <message>
        <source>A non-blocking socket operation could not be completed immediately.</source>
        <translation>No se pudo completar de inmediato una operación de socket sin bloqueo.</translation>
    </message>
    <message>
        <source>Operation now in progress.</source>
        <translation>Operación en curso.</translation>
    </message>
    <message>
        <source>A blocking operation is currently executing.</source>
        <translation>Se está ejecutando una operación de bloqueo.</translation>
    </message>
    <message>
        <source>Operation already in progress.</source>
        <translation>La operación ya está en curso.</translation>
    </message>
    <message>
        <source>An operation was attempted on a non-blocking socket that already had an operation in progress.</source>
        <translation>Se intentó una operación en un socket sin bloqueo que ya tenía una operación en curso.</translation>
    </message>
    <message>
        <source>Socket operation on nonsocket.</source>
        <translation>Operación de socket sobre algo que no es un socket.</translation>
    </message>
    <message>
        <source>An operation was attempted on something that is not a socket.</source>
        <translation>Se intentó una operación en algo que no es un socket.</translation>
    </message>
    <message>
        <source>Destination address required.</source>
        <translation>Se requiere una dirección de destino.</translation>
    </message>
    <message>
        <source>A required address was omitted from an operation on a socket.</source>
        <translation>Se omitió una dirección necesaria en una operación en un socket.</translation>
    </message>
    <message>
        <source>Message too long.</source>
        <translation>Mensaje demasiado largo.</translation>
    </message>
    <message>
        <source>A message sent on a datagram socket was larger than the internal message buffer or some other network limit, or the buffer used to receive a datagram into was smaller than the datagram itself.</source>
        <translation>Un mensaje enviado en un socket de datagramas era mayor que el búfer interno de mensajes o que otro límite de red, o el búfer usado para recibir un datagrama era menor que el propio datagrama.</translation>
    </message>
    <message>
        <source>Protocol wrong type for socket.</source>
        <translation>Tipo de protocolo incorrecto para el socket.</translation>
    </message>
    <message>
        <source>A protocol was specified in the socket function call that does not support the semantics of the socket type requested.</source>
        <translation>Se especificó en la llamada a la función socket un protocolo que no admite la semántica del tipo de socket solicitado.</translation>
    </message>
    <message>
        <source>Bad protocol option.</source>
        <translation>Opción de protocolo incorrecta.</translation>
    </message>
    <message>
        <source>An unknown, invalid, or unsupported option or level was specified in a getsockopt or setsockopt call.</source>
        <translation>Se especificó una opción o un nivel desconocido, no válido o no admitido en una llamada a getsockopt o setsockopt.</translation>
    </message>
    <message>
        <source>Protocol not supported.</source>
        <translation>Protocolo no admitido.</translation>
    </message>
    <message>
        <source>The requested protocol has not been configured into the system, or no implementation for it exists.</source>
        <translation>El protocolo solicitado no se ha configurado en el sistema, o no existe ninguna implementación para él.</translation>
    </message>
    <message>
        <source>Socket type not supported.</source>
        <translation>Tipo de socket no admitido.</translation>
    </message>
    <message>
        <source>The support for the specified socket type does not exist in this address family.</source>
        <translation>El tipo de socket especificado no se admite en esta familia de direcciones.</translation>
    </message>
    <message>
        <source>Operation not supported.</source>
        <translation>Operación no admitida.</translation>
    </message>
    <message>
        <source>The attempted operation is not supported for the type of object referenced.</source>
        <translation>La operación intentada no se admite para el tipo de objeto al que se hace referencia.</translation>
    </message>
    <message>
        <source>Protocol family not supported.</source>
        <translation>Familia de protocolos no admitida.</translation>
    </message>
    <message>
        <source>The protocol family has not been configured into the system or no implementation for it exists.</source>
        <translation>La familia de protocolos no se ha configurado en el sistema, o no existe ninguna implementación para ella.</translation>
    </message>
    <message>
        <source>Address family not supported by protocol family.</source>
        <translation>La familia de protocolos no admite la familia de direcciones.</translation>
    </message>
    <message>
        <source>An address incompatible with the requested protocol was used.</source>
        <translation>Se usó una dirección incompatible con el protocolo solicitado.</translation>
    </message>
    <message>
        <source>Address already in use.</source>
        <translation>La dirección ya está en uso.</translation>
    </message>
    <message>
        <source>Only one usage of each socket address (protocol/network address/port) is normally permitted.</source>
        <translation>Normalmente solo se permite un uso de cada dirección de socket (protocolo/dirección de red/puerto).</translation>
    </message>
    <message>
        <source>Cannot assign requested address.</source>
        <translation>No se puede asignar la dirección solicitada.</translation>
    </message>
    <message>
        <source>The requested address is not valid in its context.</source>
        <translation>La dirección solicitada no es válida en este contexto.</translation>
    </message>
    <message>
        <source>Network is down.</source>
        <translation>La red no funciona.</translation>
    </message>
    <message>
        <source>A socket operation encountered a dead network.</source>
        <translation>Una operación de socket encontró una red inactiva.</translation>
    </message>
    <message>
        <source>Network is unreachable.</source>
        <translation>La red no es accesible.</translation>
    </message>
    <message>
        <source>A socket operation was attempted to an unreachable network.</source>
        <translation>Se intentó una operación de socket en una red inaccesible.</translation>
    </message>
    <message>
        <source>The connection has been broken due to keep-alive activity detecting a failure while the operation was in progress.</source>
        <translation>Se interrumpió la conexión debido a que la actividad keep-alive detectó un error mientras la operación estaba en curso.</translation>
    </message>
    <message>
        <source>An established connection was aborted by the software in your host machine.</source>
        <translation>Se anuló una conexión establecida por el software en su equipo host.</translation>
    </message>
    <message>
        <source>An existing connection was forcibly closed by the remote host.</source>
        <translation>Se ha forzado la interrupción de una conexión existente por el host remoto.</translation>
    </message>
    <message>
        <source>An operation on a socket could not be performed because the system lacked sufficient buffer space or because a queue was full.</source>
        <translation>No se pudo realizar una operación en un socket porque el sistema no tenía suficiente espacio de búfer o porque la cola estaba llena.</translation>
    </message>
    <message>
        <source>A request to send or receive data was disallowed because the socket is not connected and (when sending on a datagram socket using a sendto call) no address was supplied.</source>
        <translation>Se impidió una solicitud de envío o recepción de datos porque el socket no está conectado y (al enviar en un socket de datagramas con una llamada sendto) no se proporcionó ninguna dirección.</translation>
    </message>
    <message>
        <source>A request to send or receive data was disallowed because the socket had already been shut down in that direction with a previous shutdown call.</source>
        <translation>Se impidió una solicitud de envío o recepción de datos porque el socket ya se había cerrado en esa dirección con una llamada shutdown anterior.</translation>
    </message>
    <message>
        <source>Too many references to some kernel object.</source>
        <translation>Demasiadas referencias a algún objeto del kernel.</translation>
    </message>
    <message>
        <source>Connection timed out.</source>
        <translation>Se agotó el tiempo de espera de la conexión.</translation>
    </message>
    <message>
        <source>A connection attempt failed because the connected party did not properly respond after a period of time, or established connection failed because connected host has failed to respond.</source>
        <translation>Se produjo un error durante el intento de conexión ya que la parte conectada no respondió adecuadamente tras un periodo de tiempo, o bien se produjo un error en la conexión establecida ya que el host conectado no ha podido responder.</translation>
    </message>
    <message>
        <source>Connection refused.</source>
        <translation>Conexión rechazada.</translation>
    </message>
    <message>
        <source>No connection could be made because the target machine actively refused it.</source>
        <translation>No se puede establecer una conexión ya que el equipo de destino denegó expresamente dicha conexión.</translation>
    </message>
    <message>
        <source>Cannot translate name.</source>
        <translation>No se puede traducir el nombre.</translation>
    </message>
    <message>
        <source>Name too long.</source>
        <translation>Nombre demasiado largo.</translation>
    </message>
    <message>
        <source>Name component or name was too long.</source>
        <translation>Un componente del nombre o el nombre era demasiado largo.</translation>
    </message>
    <message>
        <source>Host is down.</source>
        <translation>El host está inactivo.</translation>
    </message>
    <message>
        <source>A socket operation failed because the destination host was down.</source>
        <translation>Se produjo un error en una operación de socket porque el host de destino estaba inactivo.</translation>
    </message>
    <message>
        <source>No route to host.</source>
        <translation>No hay ruta al host.</translation>
    </message>
    <message>
        <source>A socket operation was attempted to an unreachable host.</source>
        <translation>Se intentó una operación de socket en un host inaccesible.</translation>
    </message>
    <message>
        <source>Directory not empty.</source>
        <translation>El directorio no está vacío.</translation>
    </message>
    <message>
        <source>Cannot remove a directory that is not empty.</source>
        <translation>No se puede quitar un directorio que no está vacío.</translation>
    </message>
    <message>
        <source>Too many processes.</source>
        <translation>Demasiados procesos.</translation>
    </message>
    <message>
        <source>A Windows Sockets implementation may have a limit on the number of applications that may use it simultaneously.</source>
        <translation>Una implementación de Windows Sockets puede limitar el número de aplicaciones que la usan simultáneamente.</translation>
    </message>
    <message>
        <source>User quota exceeded.</source>
        <translation>Se superó la cuota del usuario.</translation>
    </message>
    <message>
        <source>Ran out of quota.</source>
        <translation>Se agotó la cuota.</translation>
    </message>
    <message>
        <source>Disk quota exceeded.</source>
        <translation>Se superó la cuota de disco.</translation>
    </message>
    <message>
        <source>Ran out of disk quota.</source>
        <translation>Se agotó la cuota de disco.</translation>
    </message>
    <message>
        <source>Stale file handle reference.</source>
        <translation>Referencia de identificador de archivo obsoleta.</translation>
    </message>
    <message>
        <source>File handle reference is no longer available.</source>
        <translation>La referencia de identificador de archivo ya no está disponible.</translation>
    </message>
    <message>
        <source>Item is remote.</source>
        <translation>El elemento es remoto.</translation>
    </message>
    <message>
        <source>Item is not available locally.</source>
        <translation>El elemento no está disponible localmente.</translation>
    </message>
    <message>
        <source>Network subsystem is unavailable.</source>
        <translation>El subsistema de red no está disponible.</translation>
    </message>
    <message>
        <source>WSAStartup cannot function at this time because the underlying system it uses to provide network services is currently unavailable.</source>
        <translation>WSAStartup no puede funcionar en este momento porque el sistema subyacente que usa para proporcionar servicios de red no está disponible.</translation>
    </message>
    <message>
        <source>Winsock.dll version out of range.</source>
        <translation>Versión de Winsock.dll fuera del intervalo.</translation>
    </message>
    <message>
        <source>The Windows Sockets version requested is not supported.</source>
        <translation>No se admite la versión de Windows Sockets solicitada.</translation>
    </message>
    <message>
        <source>Successful WSAStartup not yet performed.</source>
        <translation>Aún no se ha realizado un WSAStartup correcto.</translation>
    </message>
    <message>
        <source>Either the application has not called WSAStartup, or WSAStartup failed.</source>
        <translation>La aplicación no ha llamado a WSAStartup, o WSAStartup falló.</translation>
    </message>
    <message>
        <source>Graceful shutdown in progress.</source>
        <translation>Cierre ordenado en curso.</translation>
    </message>
    <message>
        <source>Returned by WSARecv or WSARecvFrom to indicate the remote party has initiated a graceful shutdown sequence.</source>
        <translation>Lo devuelven WSARecv o WSARecvFrom para indicar que la parte remota ha iniciado una secuencia de cierre ordenado.</translation>
    </message>
    <message>
        <source>No more results.</source>
        <translation>No hay más resultados.</translation>
    </message>
    <message>
        <source>No more results can be returned by WSALookupServiceNext.</source>
        <translation>WSALookupServiceNext no puede devolver más resultados.</translation>
    </message>
    <message>
        <source>Call has been canceled.</source>
        <translation>Se canceló la llamada.</translation>
    </message>
    <message>
        <source>A call to WSALookupServiceEnd was made while this call was still processing. The call has been canceled.</source>
        <translation>Se realizó una llamada a WSALookupServiceEnd mientras esta llamada aún se estaba procesando. Se canceló la llamada.</translation>
    </message>
    <message>
        <source>Procedure call table is invalid.</source>
        <translation>La tabla de llamadas a procedimientos no es válida.</translation>
    </message>
    <message>
        <source>The procedure call table is invalid.</source>
        <translation>La tabla de llamadas a procedimientos no es válida.</translation>
    </message>
    <message>
        <source>Service provider is invalid.</source>
        <translation>El proveedor de servicios no es válido.</translation>
    </message>
    <message>
        <source>The requested service provider is invalid.</source>
        <translation>El proveedor de servicios solicitado no es válido.</translation>
    </message>
    <message>
        <source>Service provider failed to initialize.</source>
        <translation>No se pudo inicializar el proveedor de servicios.</translation>
    </message>
    <message>
        <source>The requested service provider could not be loaded or initialized.</source>
        <translation>No se pudo cargar ni inicializar el proveedor de servicios solicitado.</translation>
    </message>
    <message>
        <source>System call failure.</source>
        <translation>Error en una llamada al sistema.</translation>
    </message>
    <message>
        <source>A system call has failed.</source>
        <translation>Falló una llamada al sistema.</translation>
    </message>
    <message>
        <source>Service not found.</source>
        <translation>No se encontró el servicio.</translation>
    </message>
    <message>
        <source>No such service is known. The service cannot be found in the specified name space.</source>
        <translation>No se conoce ese servicio. No se encuentra el servicio en el espacio de nombres especificado.</translation>
    </message>
    <message>
        <source>Class type not found.</source>
        <translation>No se encontró el tipo de clase.</translation>
    </message>
    <message>
        <source>The specified class was not found.</source>
        <translation>No se encontró la clase especificada.</translation>
    </message>
    <message>
        <source>Call was canceled.</source>
        <translation>Llamada cancelada.</translation>
    </message>
    <message>
        <source>Database query was refused.</source>
        <translation>Se rechazó la consulta de base de datos.</translation>
    </message>
    <message>
        <source>A database query failed because it was actively refused.</source>
        <translation>Falló una consulta de base de datos porque se rechazó activamente.</translation>
    </message>
    <message>
        <source>Host not found.</source>
        <translation>No se encontró el host.</translation>
    </message>
    <message>
        <source>No such host is known.</source>
        <translation>Host desconocido.</translation>
    </message>
    <message>
        <source>Nonauthoritative host not found.</source>
        <translation>No se encontró el host no autoritativo.</translation>
    </message>
    <message>
        <source>This is usually a temporary error during hostname resolution and means that the local server did not receive a response from an authoritative server.</source>
        <translation>Suele ser un error temporal durante la resolución del nombre de host y significa que el servidor local no recibió respuesta de un servidor autoritativo.</translation>
    </message>
    <message>
        <source>This is a nonrecoverable error.</source>
        <translation>Es un error irrecuperable.</translation>
    </message>
    <message>
        <source>A non-recoverable error occurred during a database lookup.</source>
        <translation>Se produjo un error irrecuperable durante una búsqueda en la base de datos.</translation>
    </message>
    <message>
        <source>Valid name, no data record of requested type.</source>
        <translation>Nombre válido, sin registro del tipo solicitado.</translation>
    </message>
    <message>
        <source>The requested name is valid, but no data of the requested type was found.</source>
        <translation>El nombre solicitado es válido, pero no se encontraron datos del tipo solicitado.</translation>
    </message>
    <message>
        <source>QoS receivers.</source>
        <translation>Receptores QoS.</translation>
    </message>
    <message>
        <source>At least one reserve has arrived.</source>
        <translation>Ha llegado al menos una reserva.</translation>
    </message>
    <message>
        <source>QoS senders.</source>
        <translation>Emisores QoS.</translation>
    </message>
    <message>
        <source>At least one path has arrived.</source>
        <translation>Ha llegado al menos una ruta.</translation>
    </message>
    <message>
        <source>No QoS senders.</source>
        <translation>No hay emisores QoS.</translation>
    </message>
    <message>
        <source>There are no senders.</source>
        <translation>No hay emisores.</translation>
    </message>
    <message>
        <source>QoS no receivers.</source>
        <translation>No hay receptores QoS.</translation>
    </message>
    <message>
        <source>There are no receivers.</source>
        <translation>No hay receptores.</translation>
    </message>
    <message>
        <source>QoS request confirmed.</source>
        <translation>Solicitud QoS confirmada.</translation>
    </message>
    <message>
        <source>Reserve has been confirmed.</source>
        <translation>Se confirmó la reserva.</translation>
    </message>
    <message>
        <source>QoS admission error.</source>
        <translation>Error de admisión QoS.</translation>
    </message>
    <message>
        <source>Error due to lack of resources.</source>
        <translation>Error debido a falta de recursos.</translation>
    </message>
    <message>
        <source>QoS policy failure.</source>
        <translation>Error de directiva QoS.</translation>
    </message>
    <message>
        <source>Rejected for administrative reasons - bad credentials.</source>
        <translation>Rechazado por motivos administrativos: credenciales incorrectas.</translation>
    </message>
    <message>
        <source>QoS bad style.</source>
        <translation>Estilo QoS incorrecto.</translation>
    </message>
    <message>
        <source>Unknown or conflicting style.</source>
        <translation>Estilo desconocido o en conflicto.</translation>
    </message>
    <message>
        <source>QoS bad object.</source>
        <translation>Objeto QoS incorrecto.</translation>
    </message>
    <message>
        <source>Problem with some part of the filterspec or providerspecific buffer in general.</source>
        <translation>Problema con alguna parte de la especificación de filtro o del búfer específico del proveedor en general.</translation>
    </message>
    <message>
        <source>QoS traffic control error.</source>
        <translation>Error de control de tráfico QoS.</translation>
    </message>
    <message>
        <source>Problem with some part of the flowspec.</source>
        <translation>Problema con alguna parte de la especificación de flujo.</translation>
    </message>
    <message>
        <source>QoS generic error.</source>
        <translation>Error QoS genérico.</translation>
    </message>
    <message>
        <source>General QOS error.</source>
        <translation>Error general de QOS.</translation>
    </message>
    <message>
        <source>QoS service type error.</source>
        <translation>Error de tipo de servicio QoS.</translation>
    </message>
    <message>
        <source>An invalid or unrecognized service type was found in the flowspec.</source>
        <translation>Se encontró un tipo de servicio no válido o no reconocido en la especificación de flujo.</translation>
    </message>
    <message>
        <source>QoS flowspec error.</source>
        <translation>Error de especificación de flujo QoS.</translation>
    </message>
    <message>
        <source>An invalid or inconsistent flowspec was found in the QOS structure.</source>
        <translation>Se encontró una especificación de flujo no válida o incoherente en la estructura QOS.</translation>
    </message>
    <message>
        <source>Invalid QoS provider buffer.</source>
        <translation>Búfer de proveedor QoS no válido.</translation>
    </message>
    <message>
        <source>Invalid QOS provider-specific buffer.</source>
        <translation>Búfer QOS específico del proveedor no válido.</translation>
    </message>
    <message>
        <source>Invalid QoS filter style.</source>
        <translation>Estilo de filtro QoS no válido.</translation>
    </message>
    <message>
        <source>An invalid QOS filter style was used.</source>
        <translation>Se usó un estilo de filtro QOS no válido.</translation>
    </message>
    <message>
        <source>Invalid QoS filter type.</source>
        <translation>Tipo de filtro QoS no válido.</translation>
    </message>
    <message>
        <source>An invalid QOS filter type was used.</source>
        <translation>Se usó un tipo de filtro QOS no válido.</translation>
    </message>
    <message>
        <source>Incorrect QoS filter count.</source>
        <translation>Número de filtros QoS incorrecto.</translation>
    </message>
    <message>
        <source>An incorrect number of QOS FILTERSPECs were specified in the FLOWDESCRIPTOR.</source>
        <translation>Se especificó un número incorrecto de FILTERSPEC de QOS en el FLOWDESCRIPTOR.</translation>
    </message>
    <message>
        <source>Invalid QoS object length.</source>
        <translation>Longitud de objeto QoS no válida.</translation>
    </message>
    <message>
        <source>An object with an invalid ObjectLength field was specified in the QOS provider-specific buffer.</source>
        <translation>Se especificó un objeto con un campo ObjectLength no válido en el búfer QOS específico del proveedor.</translation>
    </message>
    <message>
        <source>Incorrect QoS flow count.</source>
        <translation>Número de flujos QoS incorrecto.</translation>
    </message>
    <message>
        <source>An incorrect number of flow descriptors was specified in the QOS structure.</source>
        <translation>Se especificó un número incorrecto de descriptores de flujo en la estructura QOS.</translation>
    </message>
    <message>
        <source>Unrecognized QoS object.</source>
        <translation>Objeto QoS no reconocido.</translation>
    </message>
    <message>
        <source>An unrecognized object was found in the QOS provider-specific buffer.</source>
        <translation>Se encontró un objeto no reconocido en el búfer QOS específico del proveedor.</translation>
    </message>
    <message>
        <source>Invalid QoS policy object.</source>
        <translation>Objeto de directiva QoS no válido.</translation>
    </message>
    <message>
        <source>An invalid policy object was found in the QOS provider-specific buffer.</source>
        <translation>Se encontró un objeto de directiva no válido en el búfer QOS específico del proveedor.</translation>
    </message>
    <message>
        <source>Invalid QoS flow descriptor.</source>
        <translation>Descriptor de flujo QoS no válido.</translation>
    </message>
    <message>
        <source>An invalid QOS flow descriptor was found in the flow descriptor list.</source>
        <translation>Se encontró un descriptor de flujo QOS no válido en la lista de descriptores de flujo.</translation>
    </message>
    <message>
        <source>Invalid QoS provider-specific flowspec.</source>
        <translation>Especificación de flujo QoS específica del proveedor no válida.</translation>
    </message>
    <message>
        <source>An invalid or inconsistent flowspec was found in the QOS provider specific buffer.</source>
        <translation>Se encontró una especificación de flujo no válida o incoherente en el búfer QOS específico del proveedor.</translation>
    </message>
    <message>
        <source>Invalid QoS provider-specific filterspec.</source>
        <translation>Especificación de filtro QoS específica del proveedor no válida.</translation>
    </message>
    <message>
        <source>An invalid FILTERSPEC was found in the QOS provider-specific buffer.</source>
        <translation>Se encontró un FILTERSPEC no válido en el búfer QOS específico del proveedor.</translation>
    </message>
    <message>
        <source>Invalid QoS shape discard mode object.</source>
        <translation>Objeto de modo de descarte de modelado QoS no válido.</translation>
    </message>
    <message>
        <source>An invalid shape discard mode object was found in the QOS provider specific buffer.</source>
        <translation>Se encontró un objeto de modo de descarte de modelado no válido en el búfer QOS específico del proveedor.</translation>
    </message>
    <message>
        <source>Invalid QoS shaping rate object.</source>
        <translation>Objeto de velocidad de modelado QoS no válido.</translation>
    </message>
    <message>
        <source>An invalid shaping rate object was found in the QOS provider-specific buffer.</source>
        <translation>Se encontró un objeto de velocidad de modelado no válido en el búfer QOS específico del proveedor.</translation>
    </message>
    <message>
        <source>Reserved policy QoS element type.</source>
        <translation>Tipo de elemento de directiva QoS reservado.</translation>
    </message>
    <message>
        <source>A reserved policy element was found in the QOS provider-specific buffer.</source>
        <translation>Se encontró un elemento de directiva reservado en el búfer QOS específico del proveedor.</translation>
    </message>
    <message>
        <source>Interrupted system call</source>
        <translation>Llamada al sistema interrumpida</translation>
    </message>
    <message>
        <source>Bad file descriptor</source>
        <translation>Descriptor de archivo incorrecto</translation>
    </message>
    <message>
        <source>Permission denied</source>
        <translation>Permiso denegado</translation>
    </message>
    <message>
        <source>Bad address</source>
        <translation>Dirección incorrecta</translation>
    </message>
    <message>
        <source>Invalid argument</source>
        <translation>Argumento no válido</translation>
    </message>
    <message>
        <source>Too many open files</source>
        <translation>Demasiados archivos abiertos</translation>
    </message>
    <message>
        <source>Resource temporarily unavailable</source>
        <translation>Recurso no disponible temporalmente</translation>
    </message>
    <message>
        <source>Operation now in progress</source>
        <translation>Operación en curso</translation>
    </message>
    <message>
        <source>Operation already in progress</source>
        <translation>La operación ya está en curso</translation>
    </message>
    <message>
        <source>Socket operation on non-socket</source>
        <translation>Operación de socket en algo que no es un socket</translation>
    </message>
    <message>
        <source>Destination address required</source>
        <translation>Se necesita una dirección de destino</translation>
    </message>
    <message>
        <source>Message too long</source>
        <translation>Mensaje demasiado largo</translation>
    </message>
    <message>
        <source>Protocol wrong type for socket</source>
        <translation>Protocolo de tipo incorrecto para el socket</translation>
    </message>
    <message>
        <source>Protocol not available</source>
        <translation>Protocolo no disponible</translation>
    </message>
    <message>
        <source>Protocol not supported</source>
        <translation>Protocolo no admitido</translation>
    </message>
    <message>
        <source>Socket type not supported</source>
        <translation>Tipo de socket no admitido</translation>
    </message>
    <message>
        <source>Operation not supported</source>
        <translation>Operación no admitida</translation>
    </message>
    <message>
        <source>Protocol family not supported</source>
        <translation>Familia de protocolos no admitida</translation>
    </message>
    <message>
        <source>Address family not supported by protocol</source>
        <translation>Familia de direcciones no admitida por el protocolo</translation>
    </message>
    <message>
        <source>Address already in use</source>
        <translation>La dirección ya se está usando</translation>
    </message>
    <message>
        <source>Cannot assign requested address</source>
        <translation>No se puede asignar la dirección solicitada</translation>
    </message>
    <message>
        <source>Network is down</source>
        <translation>La red no funciona</translation>
    </message>
    <message>
        <source>Network is unreachable</source>
        <translation>La red es inaccesible</translation>
    </message>
    <message>
        <source>Network dropped connection on reset</source>
        <translation>La red reinició la conexión</translation>
    </message>
    <message>
        <source>Software caused connection abort</source>
        <translation>El software provocó el cierre de la conexión</translation>
    </message>
    <message>
        <source>Connection reset by peer</source>
        <translation>Conexión reinicializada por la máquina remota</translation>
    </message>
    <message>
        <source>No buffer space available</source>
        <translation>No hay espacio de búfer disponible</translation>
    </message>
    <message>
        <source>Transport endpoint is not connected</source>
        <translation>El otro extremo de la conexión no está conectado</translation>
    </message>
    <message>
        <source>Cannot send after transport endpoint shutdown</source>
        <translation>No se puede enviar tras el cierre del extremo de transporte</translation>
    </message>
    <message>
        <source>Too many references: cannot splice</source>
        <translation>Demasiadas referencias: no se puede empalmar</translation>
    </message>
    <message>
        <source>Connection timed out</source>
        <translation>Se agotó el tiempo de conexión</translation>
    </message>
    <message>
        <source>Connection refused</source>
        <translation>Conexión rehusada</translation>
    </message>
    <message>
        <source>Too many levels of symbolic links</source>
        <translation>Demasiados niveles de enlaces simbólicos</translation>
    </message>
    <message>
        <source>File name too long</source>
        <translation>Nombre de archivo demasiado largo</translation>
    </message>
    <message>
        <source>Host is down</source>
        <translation>El host no está activo</translation>
    </message>
    <message>
        <source>No route to host</source>
        <translation>No hay ninguna ruta hasta el host</translation>
    </message>
    <message>
        <source>Directory not empty</source>
        <translation>El directorio no está vacío</translation>
    </message>
    <message>
        <source>Too many users</source>
        <translation>Demasiados usuarios</translation>
    </message>
    <message>
        <source>Disk quota exceeded</source>
        <translation>Cuota de disco superada</translation>
    </message>
    <message>
        <source>Stale file handle</source>
        <translation>Descriptor de archivo obsoleto</translation>
    </message>
    <message>
        <source>Object is remote</source>
        <translation>El objeto es remoto</translation>
    </message>
    <message>
        <source>pasted text</source>
        <translation>texto pegado</translation>
    </message>
    <message>
        <source>not a command output wsafix knows</source>
        <translation>no es una salida de comando que wsafix conozca</translation>
    </message>
    <message>
        <source>not part of a catalog entry</source>
        <translation>no forma parte de ninguna entrada del catálogo</translation>
    </message>
    <message>
        <source>expected &apos;Label: value&apos; in a catalog entry</source>
        <translation>se esperaba «Etiqueta: valor» en una entrada del catálogo</translation>
    </message>
    <message>
        <source>not part of an event&apos;s details</source>
        <translation>no forma parte de los detalles de un evento</translation>
    </message>
    <message>
        <source>not an ipconfig line</source>
        <translation>no es una línea de ipconfig</translation>
    </message>
    <message>
        <source>not a Get-NetTCPConnection row</source>
        <translation>no es una fila de Get-NetTCPConnection</translation>
    </message>
    <message>
        <source>a value cut short by PowerShell&apos;s column width (&apos;...&apos;)</source>
        <translation>un valor recortado por el ancho de columna de PowerShell («...»)</translation>
    </message>
    <message>
        <source>a Get-NetTCPConnection row with a value that cannot be read</source>
        <translation>una fila de Get-NetTCPConnection con un valor que no se puede leer</translation>
    </message>
    <message>
        <source>not a netsh command</source>
        <translation>no es un comando netsh</translation>
    </message>
    <message>
        <source>not part of netsh interface ip show config</source>
        <translation>no forma parte de netsh interface ip show config</translation>
    </message>
    <message>
        <source>a setting before any interface</source>
        <translation>un ajuste antes de cualquier interfaz</translation>
    </message>
    <message>
        <source>a netstat row with an address or column that cannot be read</source>
        <translation>una fila de netstat con una dirección o una columna que no se puede leer</translation>
    </message>
    <message>
        <source>not a netstat line</source>
        <translation>no es una línea de netstat</translation>
    </message>
    <message>
        <source>not part of a reset&apos;s output</source>
        <translation>no forma parte de la salida de un restablecimiento</translation>
    </message>
    <message>
        <source>not part of Test-NetConnection&apos;s output</source>
        <translation>no forma parte de la salida de Test-NetConnection</translation>
    </message>
    <message>
        <source>no reset step was listed</source>
        <translation>no se enumeró ningún paso del restablecimiento</translation>
    </message>
    <message>
        <source>No such file or directory</source>
        <translation>No existe el archivo o el directorio</translation>
    </message>
    <message>
        <source>Operation not permitted</source>
        <translation>Operación no permitida</translation>
    </message>
    <message>
        <source>there is no journal to read: journalctl found no journal files (systemd-journald is not running or keeps no journal)</source>
        <translation>no hay ningún diario que leer: journalctl no encontró archivos de diario (systemd-journald no se está ejecutando o no guarda diario)</translation>
    </message>
    <message>
        <source>Empties the DNS client&apos;s cache (DnsFlushResolverCache, as `ipconfig /flushdns` does), so stale or poisoned answers are looked up again. Nothing else changes.</source>
        <translation>Vacía la caché del cliente DNS (DnsFlushResolverCache, como `ipconfig /flushdns`), para que las respuestas obsoletas o envenenadas se vuelvan a consultar. No cambia nada más.</translation>
    </message>
    <message>
        <source>Resets the Winsock catalog to the Windows defaults, which clears a damaged catalog or a broken layered provider. Warning: it also removes the layered providers of VPN clients, antivirus and web filters, which then stop working until they are repaired or reinstalled (remove-provider removes just one). Takes effect after a restart.</source>
        <translation>Restablece el catálogo de Winsock a los valores predeterminados de Windows, lo que repara un catálogo dañado o un proveedor en capas defectuoso. Atención: también quita los proveedores en capas de clientes VPN, antivirus y filtros web, que dejan de funcionar hasta que se reparan o reinstalan (remove-provider quita solo uno). Surte efecto tras reiniciar.</translation>
    </message>
    <message>
        <source>DnsFlushResolverCache did not run in this process</source>
        <translation>DnsFlushResolverCache no se ejecutó en este proceso</translation>
    </message>
    <message>
        <source>WSCSetApplicationCategory did not run in this process</source>
        <translation>WSCSetApplicationCategory no se ejecutó en este proceso</translation>
    </message>
    <message>
        <source>netsh winsock reset did not run in this process</source>
        <translation>netsh winsock reset no se ejecutó en este proceso</translation>
    </message>
    <message>
        <source>the output of &apos;%1&apos; is not analysed</source>
        <translation>la salida de «%1» no se analiza</translation>
    </message>
    <message>
        <source>looks like %1 but nothing in it could be read</source>
        <translation>parece %1, pero no se pudo leer nada</translation>
    </message>
    <message>
        <source>unknown catalog field &apos;%1&apos;</source>
        <translation>campo de catálogo desconocido «%1»</translation>
    </message>
    <message>
        <source>not an IP address: &apos;%1&apos;</source>
        <translation>no es una dirección IP: «%1»</translation>
    </message>
    <message>
        <source>the entry at line %1 has no fields</source>
        <translation>la entrada de la línea %1 no tiene campos</translation>
    </message>
    <message>
        <source>the entry at line %1 has neither an entry type nor a provider path; it was skipped</source>
        <translation>la entrada de la línea %1 no tiene tipo de entrada ni ruta de proveedor; se omitió</translation>
    </message>
    <message>
        <source>entry %1: neither the chain length nor the entry type says whether it is layered; read as a base provider</source>
        <translation>entrada %1: ni la longitud de la cadena ni el tipo de entrada dicen si es en capas; se lee como proveedor base</translation>
    </message>
    <message>
        <source>entry %1 is cut off after &apos;%2&apos;</source>
        <translation>la entrada %1 está cortada después de «%2»</translation>
    </message>
    <message>
        <source>entry %1 is incomplete after &apos;%2&apos;</source>
        <translation>la entrada %1 está incompleta después de «%2»</translation>
    </message>
    <message>
        <source>%1 name space provider entries (not used)</source>
        <translation>%1 entradas de proveedores de espacio de nombres (no usadas)</translation>
    </message>
    <message>
        <source>event %1: the time &apos;%2&apos; is local time as shown (no Event Xml with the UTC time)</source>
        <translation>evento %1: la hora «%2» es la hora local mostrada (no hay Event Xml con la hora UTC)</translation>
    </message>
    <message>
        <source>event %1: the Event Xml is cut off</source>
        <translation>evento %1: el Event Xml está cortado</translation>
    </message>
    <message>
        <source>%1: %2 is marked %3</source>
        <translation>%1: %2 está marcado como %3</translation>
    </message>
    <message>
        <source>this output does not show link state: %1 interface(s) with an address are taken as connected</source>
        <translation>esta salida no muestra el estado del enlace: %1 interfaz(es) con dirección se consideran conectadas</translation>
    </message>
    <message>
        <source>unknown TCP state &apos;%1&apos; (read as UNKNOWN)</source>
        <translation>estado TCP desconocido «%1» (se lee como UNKNOWN)</translation>
    </message>
    <message>
        <source>%1 step(s) failed</source>
        <translation>%1 paso(s) fallaron</translation>
    </message>
    <message>
        <source>the test of %1 has no TCP port (a ping test); not used</source>
        <translation>la prueba de %1 no tiene puerto TCP (una prueba de ping); no se usa</translation>
    </message>
    <message>
        <source>listing links: %1</source>
        <translation>listado de enlaces: %1</translation>
    </message>
    <message>
        <source>listing addresses: %1</source>
        <translation>listado de direcciones: %1</translation>
    </message>
    <message>
        <source>listing routes: %1</source>
        <translation>listado de rutas: %1</translation>
    </message>
    <message>
        <source>this user may not read the system journal (journalctl: %1)</source>
        <translation>este usuario no puede leer el diario del sistema (journalctl: %1)</translation>
    </message>
    <message>
        <source>journalctl exited with code %1: %2</source>
        <translation>journalctl terminó con el código %1: %2</translation>
    </message>
    <message>
        <source>journalctl exited with code %1</source>
        <translation>journalctl terminó con el código %1</translation>
    </message>
    <message>
        <source>journalctl: %1</source>
        <translation>journalctl informa: %1</translation>
    </message>
    <message>
        <source>%1 does not exist, so glibc uses its built-in order</source>
        <translation>%1 no existe, así que glibc usa su orden integrado</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>no se puede abrir %1: %2</translation>
    </message>
    <message>
        <source>cannot read the environment of process %1: it belongs to another user (run as that user, or as root)</source>
        <translation>no se puede leer el entorno del proceso %1: pertenece a otro usuario (ejecútelo como ese usuario o como root)</translation>
    </message>
    <message>
        <source>systemd is not running on this machine (no %1), so there is no service manager to restart %2 with</source>
        <translation>systemd no se está ejecutando en este equipo (no hay %1), así que no hay ningún gestor de servicios con el que reiniciar %2</translation>
    </message>
    <message>
        <source>%1 does not list %2 (nothing to remove)</source>
        <translation>%1 no incluye %2 (nada que quitar)</translation>
    </message>
    <message>
        <source>fix %1: %2</source>
        <translation>corrección %1: %2</translation>
    </message>
    <message>
        <source>the parameter %1</source>
        <translation>el parámetro %1</translation>
    </message>
    <message>
        <source>contains a control character (byte %1)</source>
        <translation>contiene un carácter de control (byte %1)</translation>
    </message>
    <message>
        <source>unknown fix &apos;%1&apos; (known here: %2)</source>
        <translation>corrección desconocida «%1» (conocidas aquí: %2)</translation>
    </message>
    <message>
        <source>%1 can cut the machine off, and wsafix runs in a remote session (%2): it runs only with the auto-revert guard armed, which puts the machine back if connectivity is not confirmed in time (do not pass --guard-timeout 0)</source>
        <translation>%1 puede dejar el equipo sin red, y wsafix se ejecuta en una sesión remota (%2): solo se ejecuta con el vigilante de reversión automática activado, que deja el equipo como estaba si la conectividad no se confirma a tiempo (no pase --guard-timeout 0)</translation>
    </message>
    <message>
        <source>%1 would take down %2, the adapter that carries %3: it runs only with the auto-revert guard armed, which puts the machine back if connectivity is not confirmed in time (do not pass --guard-timeout 0)</source>
        <translation>%1 desactivaría %2, el adaptador que lleva %3: solo se ejecuta con el vigilante de reversión automática activado, que deja el equipo como estaba si la conectividad no se confirma a tiempo (no pase --guard-timeout 0)</translation>
    </message>
    <message>
        <source>the SSH connection from %1 port %2 to %3 port %4, whose local address %5 no interface here holds</source>
        <translation>la conexión SSH de %1 puerto %2 a %3 puerto %4, cuya dirección local %5 no tiene ninguna interfaz aquí</translation>
    </message>
    <message>
        <source>the SSH connection from %1 port %2 to %3 port %4</source>
        <translation>la conexión SSH de %1 puerto %2 a %3 puerto %4</translation>
    </message>
    <message>
        <source>an SSH session whose $SSH_CONNECTION (&apos;%1&apos;) is not &apos;client port server port&apos;, so the adapter carrying it cannot be told</source>
        <translation>una sesión SSH cuyo $SSH_CONNECTION («%1») no tiene la forma «cliente puerto servidor puerto», así que no se puede saber qué adaptador la lleva</translation>
    </message>
    <message>
        <source>unknown scenario &apos;%1&apos;; built-in scenarios: %2; or give the path of a scenario file</source>
        <translation>escenario desconocido «%1»; escenarios integrados: %2; o indique la ruta de un archivo de escenario</translation>
    </message>
    <message>
        <source>%1: cannot open the scenario file</source>
        <translation>%1: no se puede abrir el archivo de escenario</translation>
    </message>
    <message>
        <source>session %1 is not of the machine &apos;%2&apos;</source>
        <translation>la sesión %1 no es del equipo «%2»</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a session id (letters, digits and &apos;-&apos; only)</source>
        <translation>«%1» no es un identificador de sesión (solo letras, dígitos y «-»)</translation>
    </message>
    <message>
        <source>%1: not a usable session file: %2</source>
        <translation>%1: no es un archivo de sesión utilizable: %2</translation>
    </message>
    <message>
        <source>cannot save the session: %1</source>
        <translation>no se puede guardar la sesión: %1</translation>
    </message>
    <message>
        <source>Remove layered provider %1 from the Winsock catalog</source>
        <translation>Quitar el proveedor en capas %1 del catálogo de Winsock</translation>
    </message>
    <message>
        <source>Deinstalls the one layered provider with catalog id %1 (and the protocol chains built on it) instead of resetting the whole catalog. The product that installed it (VPN, antivirus, web filter) loses its network hook. Programs started afterwards no longer load it.</source>
        <translation>Desinstala el único proveedor en capas con el identificador de catálogo %1 (y las cadenas de protocolos construidas sobre él) en lugar de restablecer todo el catálogo. El producto que lo instaló (VPN, antivirus, filtro web) pierde su enganche en la red. Los programas que se inicien después ya no lo cargan.</translation>
    </message>
    <message>
        <source>WSCDeinstallProvider of catalog entry %1 and of the chains built on it</source>
        <translation>WSCDeinstallProvider de la entrada de catálogo %1 y de las cadenas construidas sobre ella</translation>
    </message>
    <message>
        <source>WSCDeinstallProvider for catalog entry %1</source>
        <translation>WSCDeinstallProvider para la entrada de catálogo %1</translation>
    </message>
    <message>
        <source>the Winsock catalog cannot be read: %1</source>
        <translation>no se puede leer el catálogo de Winsock: %1</translation>
    </message>
    <message>
        <source>nothing to remove for catalog id %1</source>
        <translation>nada que quitar para el identificador de catálogo %1</translation>
    </message>
    <message>
        <source>the Winsock catalog cannot be read back: %1</source>
        <translation>no se puede volver a leer el catálogo de Winsock: %1</translation>
    </message>
    <message>
        <source>the catalog still lists %1 (%2)</source>
        <translation>el catálogo aún incluye %1 (%2)</translation>
    </message>
    <message>
        <source>the catalog no longer lists provider %1 or a chain built on it</source>
        <translation>el catálogo ya no incluye el proveedor %1 ni ninguna cadena construida sobre él</translation>
    </message>
    <message>
        <source>Keep layered providers out of %1</source>
        <translation>Mantener los proveedores en capas fuera de %1</translation>
    </message>
    <message>
        <source>Tells Winsock to load only system providers into %1 (WSCSetApplicationCategory), so a faulty layered provider of a VPN, antivirus or filter no longer runs inside it. Other programs keep the provider. Takes effect when the program starts again.</source>
        <translation>Indica a Winsock que cargue solo proveedores del sistema en %1 (WSCSetApplicationCategory), para que un proveedor en capas defectuoso de una VPN, un antivirus o un filtro ya no se ejecute dentro. Los demás programas conservan el proveedor. Surte efecto cuando el programa se vuelve a iniciar.</translation>
    </message>
    <message>
        <source>no program at &apos;%1&apos;</source>
        <translation>no hay ningún programa en «%1»</translation>
    </message>
    <message>
        <source>the permitted LSP categories of %1 (WSCGetApplicationCategory)</source>
        <translation>las categorías LSP permitidas de %1 (WSCGetApplicationCategory)</translation>
    </message>
    <message>
        <source>the previous LSP categories of %1 are unknown: %2</source>
        <translation>las categorías LSP anteriores de %1 son desconocidas: %2</translation>
    </message>
    <message>
        <source>the categories cannot be read back: %1</source>
        <translation>no se pueden volver a leer las categorías: %1</translation>
    </message>
    <message>
        <source>the LSP categories of %1 are back to %2</source>
        <translation>las categorías LSP de %1 vuelven a ser %2</translation>
    </message>
    <message>
        <source>Restart the network adapter %1</source>
        <translation>Reiniciar el adaptador de red %1</translation>
    </message>
    <message>
        <source>Disables and enables the network adapter %1 through its device, which resets its driver and its connections. Every connection through it drops, and the machine is off that network (and a remote session through it is cut) until it comes back.</source>
        <translation>Desactiva y activa el adaptador de red %1 a través de su dispositivo, lo que restablece su controlador y sus conexiones. Todas las conexiones que pasan por él se cortan, y el equipo queda fuera de esa red (también una sesión remota a través de él) hasta que vuelve.</translation>
    </message>
    <message>
        <source>whether the device of adapter %1 is enabled</source>
        <translation>si el dispositivo del adaptador %1 está activado</translation>
    </message>
    <message>
        <source>disable the device of adapter %1</source>
        <translation>desactivar el dispositivo del adaptador %1</translation>
    </message>
    <message>
        <source>enable the device of adapter %1</source>
        <translation>activar el dispositivo del adaptador %1</translation>
    </message>
    <message>
        <source>the device state cannot be read back: %1</source>
        <translation>no se puede volver a leer el estado del dispositivo: %1</translation>
    </message>
    <message>
        <source>the device of adapter %1 was restarted and is enabled</source>
        <translation>el dispositivo del adaptador %1 se reinició y está activado</translation>
    </message>
    <message>
        <source>the device of adapter %1 is still disabled</source>
        <translation>el dispositivo del adaptador %1 sigue desactivado</translation>
    </message>
    <message>
        <source>Stops and starts the service %1 through the Service Control Manager, which clears a service stuck with half-open connections. Its own connections drop while it restarts.</source>
        <translation>Detiene e inicia el servicio %1 mediante el Administrador de control de servicios, lo que libera un servicio atascado con conexiones semiabiertas. Sus propias conexiones se cortan mientras se reinicia.</translation>
    </message>
    <message>
        <source>the state of the service %1 (running or stopped)</source>
        <translation>el estado del servicio %1 (en ejecución o detenido)</translation>
    </message>
    <message>
        <source>stop the service %1</source>
        <translation>detener el servicio %1</translation>
    </message>
    <message>
        <source>start the service %1</source>
        <translation>iniciar el servicio %1</translation>
    </message>
    <message>
        <source>the service cannot be queried: %1</source>
        <translation>no se puede consultar el servicio: %1</translation>
    </message>
    <message>
        <source>%1 was restarted and runs (process %2)</source>
        <translation>%1 se reinició y está en ejecución (proceso %2)</translation>
    </message>
    <message>
        <source>%1; the catalog holds base providers only</source>
        <translation>%1; el catálogo solo contiene proveedores base</translation>
    </message>
    <message>
        <source>%1; the catalog still lists %2 layered or chain entries until Windows restarts</source>
        <translation>%1; el catálogo aún incluye %2 entradas en capas o de cadena hasta que Windows se reinicie</translation>
    </message>
    <message>
        <source>the input is empty</source>
        <translation>la entrada está vacía</translation>
    </message>
    <message>
        <source>the input holds no readable characters, only spaces or control characters</source>
        <translation>la entrada no contiene caracteres legibles, solo espacios o caracteres de control</translation>
    </message>
    <message>
        <source>nothing in the input looks like an error code, an error name or an error message (try 10056, 0x2748, WSAEISCONN, errno 106 or the message text)</source>
        <translation>nada en la entrada parece un código de error, un nombre de error o un mensaje de error (pruebe 10056, 0x2748, WSAEISCONN, errno 106 o el texto del mensaje)</translation>
    </message>
    <message>
        <source>full-width characters were read as plain ASCII</source>
        <translation>los caracteres de ancho completo se leyeron como ASCII simple</translation>
    </message>
    <message>
        <source>the catalog covers 6, 8, 87, 995-997, 10004-10112 and 11001-11031</source>
        <translation>el catálogo abarca 6, 8, 87, 995-997, 10004-10112 y 11001-11031</translation>
    </message>
    <message>
        <source>the number is larger than 32 bits, too large for a Windows error code</source>
        <translation>el número ocupa más de 32 bits, demasiado grande para un código de error de Windows</translation>
    </message>
    <message>
        <source>0 means success: no error</source>
        <translation>0 significa éxito: no hay error</translation>
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
        <translation>hexadecimal %1 = %2</translation>
    </message>
    <message>
        <source>as a Linux errno: %1 (%2)</source>
        <translation>como errno de Linux: %1 (%2)</translation>
    </message>
    <message>
        <source>%1 = HRESULT %2 = HRESULT_FROM_WIN32(%3)</source>
        <translation>%1 = HRESULT %2 = HRESULT_FROM_WIN32(%3)</translation>
    </message>
    <message>
        <source>Microsoft&apos;s message for %1</source>
        <translation>el mensaje de Microsoft para %1</translation>
    </message>
    <message>
        <source>the Linux message (strerror) of %1</source>
        <translation>el mensaje de Linux (strerror) de %1</translation>
    </message>
    <message>
        <source>errno %1, above Linux&apos;s range, read as the Winsock code (Python 2 and some runtimes on Windows report WSAGetLastError() as errno)</source>
        <translation>errno %1, por encima del intervalo de Linux, se lee como código de Winsock (Python 2 y algunos entornos de ejecución en Windows devuelven WSAGetLastError() como errno)</translation>
    </message>
    <message>
        <source>Windows error %1 is not a Winsock error (%2)</source>
        <translation>el error de Windows %1 no es un error de Winsock (%2)</translation>
    </message>
    <message>
        <source>errno %1 is not a socket error with a Winsock twin</source>
        <translation>errno %1 no es un error de socket con equivalente en Winsock</translation>
    </message>
    <message>
        <source>errno %1 is not a socket error with a Winsock twin (Linux defines errno values up to %2)</source>
        <translation>errno %1 no es un error de socket con equivalente en Winsock (Linux define valores de errno hasta %2)</translation>
    </message>
    <message>
        <source>%1 carries Windows error %2, which is not a Winsock error (%3)</source>
        <translation>%1 lleva el error de Windows %2, que no es un error de Winsock (%3)</translation>
    </message>
    <message>
        <source>%1 is E_FAIL, the generic HRESULT that .NET puts on every SocketException; the Winsock error is in the message or in SocketException.ErrorCode</source>
        <translation>%1 es E_FAIL, el HRESULT genérico que .NET pone en cada SocketException; el error de Winsock está en el mensaje o en SocketException.ErrorCode</translation>
    </message>
    <message>
        <source>%1 has facility %2, not FACILITY_WIN32 (7), so it carries no Winsock error</source>
        <translation>%1 tiene la facility %2, no FACILITY_WIN32 (7), así que no lleva ningún error de Winsock</translation>
    </message>
    <message>
        <source>a %1-digit number is too long to be an error code</source>
        <translation>un número de %1 dígitos es demasiado largo para un código de error</translation>
    </message>
    <message>
        <source>%1 is not an error code: -1 (SOCKET_ERROR) only says that the call failed; the code itself is in WSAGetLastError() or errno</source>
        <translation>%1 no es un código de error: -1 (SOCKET_ERROR) solo indica que la llamada falló; el código en sí está en WSAGetLastError() o errno</translation>
    </message>
    <message>
        <source>%1 is too large to be an HRESULT</source>
        <translation>%1 es demasiado grande para un HRESULT</translation>
    </message>
    <message>
        <source>%1 alone can be a Windows error code or a Linux errno (write &apos;errno %2&apos; or &apos;WinError %3&apos; to say which)</source>
        <translation>%1 solo puede ser un código de error de Windows o un errno de Linux (escriba &apos;errno %2&apos; o &apos;WinError %3&apos; para indicarlo)</translation>
    </message>
    <message>
        <source>%1 alone can be a Windows error code or a Linux errno (write &apos;errno %2&apos; or &apos;WinError %3&apos; to say which); as a Windows error code it is not a Winsock error</source>
        <translation>%1 solo puede ser un código de error de Windows o un errno de Linux (escriba &apos;errno %2&apos; o &apos;WinError %3&apos; para indicarlo); como código de error de Windows no es un error de Winsock</translation>
    </message>
    <message>
        <source>%1 alone can be a Windows error code or a Linux errno (write &apos;errno %2&apos; or &apos;WinError %3&apos; to say which); as a Linux errno it is not a socket error</source>
        <translation>%1 solo puede ser un código de error de Windows o un errno de Linux (escriba &apos;errno %2&apos; o &apos;WinError %3&apos; para indicarlo); como errno de Linux no es un error de socket</translation>
    </message>
    <message>
        <source>%1 alone can be a Windows error code or a Linux errno (write &apos;errno %2&apos; or &apos;WinError %3&apos; to say which); as a Windows error code it is not a Winsock error; as a Linux errno it is not a socket error</source>
        <translation>%1 solo puede ser un código de error de Windows o un errno de Linux (escriba &apos;errno %2&apos; o &apos;WinError %3&apos; para indicarlo); como código de error de Windows no es un error de Winsock; como errno de Linux no es un error de socket</translation>
    </message>
    <message>
        <source>this message belongs to %1 codes</source>
        <translation>este mensaje pertenece a %1 códigos</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a known error name</source>
        <translation>&apos;%1&apos; no es un nombre de error conocido</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not followed by a number</source>
        <translation>&apos;%1&apos; no va seguido de un número</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no digits after it</source>
        <translation>&apos;%1&apos; no tiene dígitos después</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a hexadecimal number</source>
        <translation>&apos;%1&apos; no es un número hexadecimal</translation>
    </message>
    <message>
        <source>the input names %1 different errors: %2</source>
        <translation>la entrada nombra %1 errores distintos: %2</translation>
    </message>
    <message>
        <source>the input also names a code that is not in the catalog, so %1 is not certain</source>
        <translation>la entrada también nombra un código que no está en el catálogo, así que %1 no es seguro</translation>
    </message>
    <message>
        <source>numbers without an error marker were not taken as codes: %1 (and %2 more)</source>
        <translation>los números sin marcador de error no se tomaron como códigos: %1 (y %2 más)</translation>
    </message>
    <message>
        <source>numbers without an error marker were not taken as codes: %1</source>
        <translation>los números sin marcador de error no se tomaron como códigos: %1</translation>
    </message>
    <message>
        <source>only the first %1 codes were read</source>
        <translation>solo se leyeron los primeros %1 códigos</translation>
    </message>
    <message>
        <source>the input is %1 bytes long; only the first %2 were read</source>
        <translation>la entrada tiene %1 bytes; solo se leyeron los primeros %2</translation>
    </message>
    <message>
        <source>%1 digits were read as 0-9</source>
        <translation>los dígitos %1 se leyeron como 0-9</translation>
    </message>
    <message>
        <source>%1 NUL byte(s) were read as spaces</source>
        <translation>%1 byte(s) NUL se leyeron como espacios</translation>
    </message>
    <message>
        <source>the input is not valid UTF-8: %1 byte(s) could not be read and were skipped</source>
        <translation>la entrada no es UTF-8 válido: %1 byte(s) no se pudieron leer y se omitieron</translation>
    </message>
    <message>
        <source>an SSH session (sshd, process %1, is an ancestor of wsafix) whose connection cannot be read</source>
        <translation>una sesión SSH (sshd, proceso %1, es un antecesor de wsafix) cuya conexión no se puede leer</translation>
    </message>
    <message>
        <source>the Remote Desktop session, whose client address Windows does not tell</source>
        <translation>la sesión de Escritorio remoto, cuya dirección de cliente Windows no indica</translation>
    </message>
    <message>
        <source>the remote session, whose client address Windows does not tell</source>
        <translation>la sesión remota, cuya dirección de cliente Windows no indica</translation>
    </message>
    <message>
        <source>the Remote Desktop session, its client address has address family %1</source>
        <translation>la sesión de Escritorio remoto; la dirección de su cliente tiene la familia de direcciones %1</translation>
    </message>
    <message>
        <source>the remote session, its client address has address family %1</source>
        <translation>la sesión remota; la dirección de su cliente tiene la familia de direcciones %1</translation>
    </message>
    <message>
        <source>the Remote Desktop session, no adapter here routes to its client %1</source>
        <translation>la sesión de Escritorio remoto; ningún adaptador de aquí enruta hacia su cliente %1</translation>
    </message>
    <message>
        <source>the remote session, no adapter here routes to its client %1</source>
        <translation>la sesión remota; ningún adaptador de aquí enruta hacia su cliente %1</translation>
    </message>
    <message>
        <source>the Remote Desktop session from %1</source>
        <translation>la sesión de Escritorio remoto desde %1</translation>
    </message>
    <message>
        <source>the remote session from %1</source>
        <translation>la sesión remota desde %1</translation>
    </message>
    <message>
        <source>Name or service not known</source>
        <translation>Nombre o servicio desconocido</translation>
    </message>
    <message>
        <source>Temporary failure in name resolution</source>
        <translation>Fallo temporal en la resolución del nombre</translation>
    </message>
    <message>
        <source>No address associated with hostname</source>
        <translation>No hay ninguna dirección asociada al nombre de host</translation>
    </message>
    <message>
        <source>WSAHOST_NOT_FOUND: the simulated machine knows no host &apos;%1&apos; on port %2</source>
        <translation>WSAHOST_NOT_FOUND: el equipo simulado no conoce ningún host «%1» en el puerto %2</translation>
    </message>
    <message>
        <source>WSAHOST_NOT_FOUND: the simulated machine knows no host &apos;%1&apos;</source>
        <translation>WSAHOST_NOT_FOUND: el equipo simulado no conoce ningún host «%1»</translation>
    </message>
    <message>
        <source>Resets the TCP/IP settings of Windows to their defaults (netsh int ip reset), which clears damaged settings that survive restarts. Unlike a plain reset, the static addresses, gateways, routes and DNS servers captured first are put back right after it, both in the running system and in the saved settings Windows reads at the next start, so they survive the restart. Connections drop; takes full effect after a restart.</source>
        <translation>Restablece la configuración TCP/IP de Windows a sus valores predeterminados (netsh int ip reset), lo que elimina configuraciones dañadas que sobreviven a los reinicios. A diferencia de un restablecimiento simple, las direcciones estáticas, puertas de enlace, rutas y servidores DNS capturados antes se vuelven a poner justo después, tanto en el sistema en marcha como en la configuración guardada que Windows lee en el próximo inicio, de modo que sobreviven al reinicio. Las conexiones se cortan; surte pleno efecto tras un reinicio.</translation>
    </message>
    <message>
        <source>1 failed step is harmless: Windows protects that setting even from administrators (&quot;Resetting , failed. Access is denied.&quot;), and the rest of the reset worked</source>
        <translation>1 paso fallido es inofensivo: Windows protege esa configuración incluso de los administradores («Resetting , failed. Access is denied.»), y el resto del restablecimiento funcionó</translation>
    </message>
    <message>
        <source>%1 failed steps are harmless: Windows protects that setting even from administrators (&quot;Resetting , failed. Access is denied.&quot;), and the rest of the reset worked</source>
        <translation>%1 pasos fallidos son inofensivos: Windows protege esa configuración incluso de los administradores («Resetting , failed. Access is denied.»), y el resto del restablecimiento funcionó</translation>
    </message>
    <message>
        <source>Nothing was fixed, and the target works: %1 and no problem shows. If the error continues, the failing program itself is the likely cause.</source>
        <translation>No se reparó nada, y el destino funciona: %1 y no se ve ningún problema. Si el error continúa, la causa probable es el propio programa que falla.</translation>
    </message>
    <message>
        <source>If the program still reports the error, the program itself is the likely cause: attach the report (wsafix report --last --format md -o report.md) to a ticket for its developers.</source>
        <translation>Si el programa sigue informando del error, la causa probable es el propio programa: adjunte el informe (wsafix report --last --format md -o report.md) a un ticket para sus desarrolladores.</translation>
    </message>
    <message>
        <source>%1 value(s) of %2 were cut short by PowerShell to fit the console (&apos;...&apos; or &apos;…&apos;); they are unknown</source>
        <translation>PowerShell recortó %1 valor(es) de %2 para que cupieran en la consola («...» o «…»); son desconocidos</translation>
    </message>
    <message>
        <source>the output does not show %1 (left out by Select-Object or by a console too narrow); those values are unknown</source>
        <translation>la salida no muestra %1 (omitido por Select-Object o por una consola demasiado estrecha); esos valores son desconocidos</translation>
    </message>
    <message>
        <source>read by its layout; the language was not recognised: &apos;%1&apos; was taken as success, any other status as a failure, and the line after the last step as the request to restart</source>
        <translation>leído por su disposición; no se reconoció el idioma: «%1» se tomó como éxito, cualquier otro estado como fallo y la línea después del último paso como la petición de reiniciar</translation>
    </message>
    <message>
        <source>read by its layout; the language was not recognised: &apos;%1&apos; was taken as success, any other status as a failure</source>
        <translation>leído por su disposición; no se reconoció el idioma: «%1» se tomó como éxito y cualquier otro estado como fallo</translation>
    </message>
    <message>
        <source>the field names were not recognised: %1 entries were read by the order and shape of their values</source>
        <translation>no se reconocieron los nombres de los campos: %1 entradas se leyeron por el orden y la forma de sus valores</translation>
    </message>
    <message>
        <source>%1 line(s) after a connection were read by their place as netstat -b&apos;s owner information (the language was not recognised): those owners are unknown</source>
        <translation>%1 línea(s) después de una conexión se leyeron por su posición como la información de propietario de netstat -b (no se reconoció el idioma): esos propietarios son desconocidos</translation>
    </message>
    <message>
        <source>session %1 names a scenario file, which a run as administrator does not read</source>
        <translation>la sesión %1 nombra un archivo de escenario, que una ejecución como administrador no lee</translation>
    </message>
    <message>
        <source>there is no session %1 in %2</source>
        <translation>no hay ninguna sesión %1 en %2</translation>
    </message>
</context>
<context>
    <name>FixCommand</name>
    <message>
        <source>unavailable: %1</source>
        <translation>no disponible: %1</translation>
    </message>
    <message>
        <source>snapshot first:</source>
        <translation>primero una instantánea de:</translation>
    </message>
    <message>
        <source>commands: cannot be listed: %1</source>
        <translation>comandos: no se pueden enumerar: %1</translation>
    </message>
    <message>
        <source>commands: none (the simulated machine runs no commands)</source>
        <translation>comandos: ninguno (el equipo simulado no ejecuta comandos)</translation>
    </message>
    <message>
        <source>commands: none</source>
        <translation>comandos: ninguno</translation>
    </message>
    <message>
        <source>commands:</source>
        <translation>comandos:</translation>
    </message>
    <message>
        <source>Dry run: nothing was changed.</source>
        <translation>Simulación: no se cambió nada.</translation>
    </message>
    <message>
        <source>wsafix fix: name at least one fix (e.g. wsafix fix flush-dns); see wsafix fix --help</source>
        <translation>wsafix fix: indique al menos una corrección (p. ej. wsafix fix flush-dns); vea wsafix fix --help</translation>
    </message>
    <message>
        <source>wsafix fix: this would change this machine; nothing was changed. Add --yes to apply, or --dry-run to see the exact commands and snapshots first.</source>
        <translation>wsafix fix: esto cambiaría este equipo; no se cambió nada. Añada --yes para aplicar, o --dry-run para ver primero los comandos exactos y las instantáneas.</translation>
    </message>
    <message>
        <source>%1: not run, because an earlier fix failed</source>
        <translation>%1: no se ejecutó porque falló una corrección anterior</translation>
    </message>
    <message>
        <source>ran:</source>
        <translation>ejecutado:</translation>
    </message>
    <message>
        <source>machine: %1</source>
        <translation>equipo: %1</translation>
    </message>
    <message>
        <source>Session %1</source>
        <translation>Sesión %1</translation>
    </message>
    <message>
        <source>wsafix fix: --guard-timeout must be a whole number of seconds from 0 (no guard) to 3600, not &apos;%1&apos;</source>
        <translation>wsafix fix: --guard-timeout debe ser un número entero de segundos de 0 (sin vigilante) a 3600, no &apos;%1&apos;</translation>
    </message>
    <message>
        <source>wsafix fix: refused: %1</source>
        <translation>wsafix fix: rechazado: %1</translation>
    </message>
    <message>
        <source>wsafix fix: restart the computer to finish; the wizard re-opens at its verify page after the restart.</source>
        <translation>wsafix fix: reinicie el equipo para terminar; tras el reinicio, el asistente se vuelve a abrir en su página de verificación.</translation>
    </message>
    <message>
        <source>wsafix fix: restart the computer to finish, then run wsafix --resume %1 (the wizard could not be set to re-open: %2)</source>
        <translation>wsafix fix: reinicie el equipo para terminar y después ejecute wsafix --resume %1 (no se pudo configurar el asistente para que se vuelva a abrir: %2)</translation>
    </message>
</context>
<context>
    <name>FixJob</name>
    <message>
        <source>Restoring snapshot %1 (taken for %2)</source>
        <translation>Restaurando la instantánea %1 (tomada para %2)</translation>
    </message>
    <message>
        <source>Snapshot %1 saved; applying %2</source>
        <translation>Instantánea %1 guardada; aplicando %2</translation>
    </message>
    <message>
        <source>  ✓ done</source>
        <translation>  ✓ hecho</translation>
    </message>
    <message>
        <source>  ✗ failed: %1</source>
        <translation>  ✗ error: %1</translation>
    </message>
    <message>
        <source>Check: %1</source>
        <translation>Comprobación: %1</translation>
    </message>
    <message>
        <source>Check failed: %1</source>
        <translation>La comprobación falló: %1</translation>
    </message>
    <message>
        <source>Rolling back, because %1</source>
        <translation>Revirtiendo, porque %1</translation>
    </message>
    <message>
        <source>Finished: %1</source>
        <translation>Terminado: %1</translation>
    </message>
    <message>
        <source>applied and checked</source>
        <translation>aplicada y comprobada</translation>
    </message>
    <message>
        <source>applied, not proven</source>
        <translation>aplicada, sin demostrar</translation>
    </message>
    <message>
        <source>failed, rolled back</source>
        <translation>fallida, revertida</translation>
    </message>
    <message>
        <source>FAILED, rollback failed</source>
        <translation>FALLIDA, la reversión falló</translation>
    </message>
    <message>
        <source>FAILED, cannot be rolled back</source>
        <translation>FALLIDA, no se puede revertir</translation>
    </message>
    <message>
        <source>cannot run here</source>
        <translation>no se puede ejecutar aquí</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>no iniciada</translation>
    </message>
    <message>
        <source>undone (snapshot restored)</source>
        <translation>deshecha (instantánea restaurada)</translation>
    </message>
    <message>
        <source>left as it is</source>
        <translation>se dejó como estaba</translation>
    </message>
    <message>
        <source>%1 was applied and its check passed: %2.</source>
        <translation>%1 se aplicó y su comprobación fue correcta: %2.</translation>
    </message>
    <message>
        <source>%1 was applied, but wsafix could not verify that it worked: %2.</source>
        <translation>%1 se aplicó, pero wsafix no pudo verificar que funcionara: %2.</translation>
    </message>
    <message>
        <source>%1 did not work, so wsafix undid it on the spot: %2.</source>
        <translation>%1 no funcionó, así que wsafix lo deshizo en el acto: %2.</translation>
    </message>
    <message>
        <source>%1 failed, and undoing it failed too: %2.</source>
        <translation>%1 falló, y deshacerlo también falló: %2.</translation>
    </message>
    <message>
        <source>%1 was not run: %2.</source>
        <translation>%1 no se ejecutó: %2.</translation>
    </message>
    <message>
        <source>The machine was put back as it was before %1: %2.</source>
        <translation>El equipo se devolvió al estado anterior a %1: %2.</translation>
    </message>
    <message>
        <source>%1 was left as it is: %2.</source>
        <translation>%1 se dejó como estaba: %2.</translation>
    </message>
    <message>
        <source>%1 ended as &quot;%3&quot;: %2.</source>
        <translation>%1 terminó como &quot;%3&quot;: %2.</translation>
    </message>
    <message>
        <source>The machine is now %1.</source>
        <translation>Estado actual del equipo: %1.</translation>
    </message>
    <message>
        <source>The journal cannot be read, so nothing was rolled back: %1</source>
        <translation>No se puede leer el diario, así que no se revirtió nada: %1</translation>
    </message>
    <message>
        <source>Restore of snapshot %1 refused: %2. The machine is unchanged: nothing was restored.</source>
        <translation>Se rechazó la restauración de la instantánea %1: %2. El equipo no ha cambiado: no se restauró nada.</translation>
    </message>
    <message>
        <source>%1: not run (stopped)</source>
        <translation>%1: no se ejecutó (se detuvo)</translation>
    </message>
    <message>
        <source>Applying %1 (%2 of %3)…</source>
        <translation>Aplicando %1 (%2 de %3)…</translation>
    </message>
    <message>
        <source>Taking the snapshot for %1…</source>
        <translation>Tomando la instantánea para %1…</translation>
    </message>
    <message>
        <source>%1: not run, because an earlier fix failed</source>
        <translation>%1: no se ejecutó porque falló una corrección anterior</translation>
    </message>
    <message>
        <source>The auto-revert guard stood down: the change was already undone.</source>
        <translation>La protección de reversión automática se retiró: el cambio ya estaba deshecho.</translation>
    </message>
    <message numerus="yes">
        <source>Arming the auto-revert guard (%n s)…</source>
        <translation>
            <numerusform>Activando la protección de reversión automática (%n s)…</numerusform>
            <numerusform>Activando la protección de reversión automática (%n s)…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FixSession</name>
    <message>
        <source>Interrupted earlier: %1</source>
        <translation>Interrumpido antes: %1</translation>
    </message>
    <message>
        <source>machine: %1</source>
        <translation>equipo: %1</translation>
    </message>
</context>
<context>
    <name>FixText</name>
    <message>
        <source>Keep the layered provider away from %1 only</source>
        <translation>Mantener el proveedor en capas alejado solo de %1</translation>
    </message>
    <message>
        <source>Remove the layered provider %1 from the Winsock catalog</source>
        <translation>Quitar el proveedor en capas %1 del catálogo de Winsock</translation>
    </message>
    <message>
        <source>Remove %1 from /etc/ld.so.preload</source>
        <translation>Quitar %1 de /etc/ld.so.preload</translation>
    </message>
    <message>
        <source>Restart the network adapter %1</source>
        <translation>Reiniciar el adaptador de red %1</translation>
    </message>
    <message>
        <source>Reset the Winsock catalog to its defaults (netsh winsock reset)</source>
        <translation>Restablecer el catálogo de Winsock a sus valores predeterminados (netsh winsock reset)</translation>
    </message>
    <message>
        <source>Reset TCP/IP to its defaults (netsh int ip reset)</source>
        <translation>Restablecer TCP/IP a sus valores predeterminados (netsh int ip reset)</translation>
    </message>
    <message>
        <source>Empty the DNS cache (ipconfig /flushdns)</source>
        <translation>Vaciar la caché DNS (ipconfig /flushdns)</translation>
    </message>
    <message>
        <source>Restart the program with process id %1</source>
        <translation>Reiniciar el programa con el identificador de proceso %1</translation>
    </message>
    <message>
        <source>The failing program stops loading the provider; every other program keeps it.</source>
        <translation>El programa que falla deja de cargar el proveedor; todos los demás programas lo conservan.</translation>
    </message>
    <message>
        <source>Only this provider and its protocol chains leave the catalog; other programs&apos; providers stay.</source>
        <translation>Solo este proveedor y sus cadenas de protocolos salen del catálogo; los proveedores de otros programas se quedan.</translation>
    </message>
    <message>
        <source>Programs stop loading this library before their own code.</source>
        <translation>Los programas dejan de cargar esta biblioteca antes que su propio código.</translation>
    </message>
    <message>
        <source>The adapter goes down for a few seconds and asks for a new address; open connections drop.</source>
        <translation>El adaptador se desconecta unos segundos y pide una dirección nueva; las conexiones abiertas se cortan.</translation>
    </message>
    <message>
        <source>Removes every third-party provider, also those of VPN and antivirus software, and needs a restart of the computer. Use it when the gentler fixes did not help.</source>
        <translation>Quita todos los proveedores de terceros, también los de software VPN y antivirus, y requiere reiniciar el equipo. Úselo cuando las correcciones más suaves no hayan ayudado.</translation>
    </message>
    <message>
        <source>Rewrites the TCP/IP settings of every adapter: fixed (static) addresses, gateways and DNS servers are lost and must be entered again. Needs a restart. It does not touch the Winsock catalog.</source>
        <translation>Reescribe la configuración TCP/IP de todos los adaptadores: las direcciones fijas (estáticas), las puertas de enlace y los servidores DNS se pierden y hay que volver a introducirlos. Requiere reiniciar. No toca el catálogo de Winsock.</translation>
    </message>
    <message>
        <source>Forgets the names this computer has looked up, so the next look-up asks the DNS server again.</source>
        <translation>Olvida los nombres que este equipo ha buscado, para que la próxima búsqueda vuelva a preguntar al servidor DNS.</translation>
    </message>
    <message>
        <source>Ends the program and starts it again, which closes every socket it holds; its open work is lost.</source>
        <translation>Cierra el programa y lo vuelve a iniciar, lo que cierra todos sus sockets; su trabajo abierto se pierde.</translation>
    </message>
    <message>
        <source>No description for this fix yet.</source>
        <translation>Todavía no hay descripción para esta corrección.</translation>
    </message>
</context>
<context>
    <name>GuardCommand</name>
    <message>
        <source>wsafix guard: --snapshot ID and --timeout S are both needed (see wsafix guard --help)</source>
        <translation>wsafix guard: se necesitan tanto --snapshot ID como --timeout S (vea wsafix guard --help)</translation>
    </message>
    <message>
        <source>wsafix guard: --timeout must be a whole number of seconds from 1 to 3600, not &apos;%1&apos;</source>
        <translation>wsafix guard: --timeout debe ser un número entero de segundos de 1 a 3600, no &apos;%1&apos;</translation>
    </message>
    <message>
        <source>wsafix guard: --sha256 HASH (the snapshot&apos;s manifest hash, given by the fix step that arms the guard) is needed when the guard runs as root</source>
        <translation>wsafix guard: --sha256 HASH (el hash del manifiesto de la instantánea, que da el paso de corrección que arma el vigilante) es necesario cuando el vigilante se ejecuta como root</translation>
    </message>
</context>
<context>
    <name>IntakeOptions</name>
    <message>
        <source>give --process or --pid, not both</source>
        <translation>indique --process o --pid, no ambos</translation>
    </message>
    <message>
        <source>--process &apos;%1&apos; is not a process name (a file name such as app.exe, no path)</source>
        <translation>--process &apos;%1&apos; no es un nombre de proceso (un nombre de archivo como app.exe, sin ruta)</translation>
    </message>
    <message>
        <source>--pid &apos;%1&apos; is not a process id (a whole number above 0)</source>
        <translation>--pid &apos;%1&apos; no es un identificador de proceso (un número entero mayor que 0)</translation>
    </message>
    <message>
        <source>--host and --port go together</source>
        <translation>--host y --port van juntos</translation>
    </message>
    <message>
        <source>--host &apos;%1&apos; is not a host name or address: it %2</source>
        <translation>--host &apos;%1&apos; no es un nombre de host ni una dirección: %2</translation>
    </message>
    <message>
        <source>--port &apos;%1&apos; is not a port (1-65535)</source>
        <translation>--port &apos;%1&apos; no es un puerto (1-65535)</translation>
    </message>
    <message>
        <source>--code &apos;%1&apos; cannot be used: it %2</source>
        <translation>--code «%1» no se puede usar: %2</translation>
    </message>
    <message>
        <source>--ticket &apos;%1&apos; cannot be used: it %2</source>
        <translation>--ticket «%1» no se puede usar: %2</translation>
    </message>
</context>
<context>
    <name>LinkCommand</name>
    <message>
        <source>wsafix link make: --json is for link check (see wsafix link --help)</source>
        <translation>wsafix link make: --json es para link check (vea wsafix link --help)</translation>
    </message>
    <message>
        <source>wsafix link make: unexpected argument &apos;%1&apos; (see wsafix link --help)</source>
        <translation>wsafix link make: argumento inesperado &apos;%1&apos; (vea wsafix link --help)</translation>
    </message>
    <message>
        <source>wsafix link make: --%1 &apos;%2&apos; %3</source>
        <translation>wsafix link make: --%1 &apos;%2&apos; %3</translation>
    </message>
    <message>
        <source>wsafix link make: internal error: the link made does not read back (%1)</source>
        <translation>wsafix link make: error interno: el vínculo creado no se puede volver a leer (%1)</translation>
    </message>
    <message>
        <source>wsafix link check: --%1 is for link make (see wsafix link --help)</source>
        <translation>wsafix link check: --%1 es para link make (vea wsafix link --help)</translation>
    </message>
    <message>
        <source>wsafix link check: give one link, e.g. wsafix link check &apos;wsafix://diagnose?code=10056&apos;</source>
        <translation>wsafix link check: indique un vínculo, p. ej. wsafix link check &apos;wsafix://diagnose?code=10056&apos;</translation>
    </message>
    <message>
        <source>%1: refused: %2</source>
        <translation>%1: rechazado: %2</translation>
    </message>
    <message>
        <source>Error code:</source>
        <translation>Código de error:</translation>
    </message>
    <message>
        <source>Application:</source>
        <translation>Aplicación:</translation>
    </message>
    <message>
        <source>Target host:</source>
        <translation>Host de destino:</translation>
    </message>
    <message>
        <source>Target port:</source>
        <translation>Puerto de destino:</translation>
    </message>
    <message>
        <source>Ticket:</source>
        <translation>Incidencia:</translation>
    </message>
    <message>
        <source>The link is valid. It opens the wizard on its first page with:</source>
        <translation>El vínculo es válido. Abre el asistente en su primera página con:</translation>
    </message>
    <message>
        <source>(not given)</source>
        <translation>(no indicado)</translation>
    </message>
    <message>
        <source>A link only fills in this page: it cannot apply a fix, restore a snapshot or run a command.</source>
        <translation>Un vínculo solo rellena esta página: no puede aplicar una corrección, restaurar una instantánea ni ejecutar un comando.</translation>
    </message>
    <message>
        <source>wsafix link: say make or check (see wsafix link --help)</source>
        <translation>wsafix link: indique make o check (vea wsafix link --help)</translation>
    </message>
    <message>
        <source>wsafix link: unknown action &apos;%1&apos;: say make or check (see wsafix link --help)</source>
        <translation>wsafix link: acción desconocida &apos;%1&apos;: indique make o check (vea wsafix link --help)</translation>
    </message>
</context>
<context>
    <name>PdfReport</name>
    <message>
        <source>page %1 of %2</source>
        <translation>página %1 de %2</translation>
    </message>
</context>
<context>
    <name>ReportCommand</name>
    <message>
        <source>give --format html|pdf|json|md (it could not be told from &apos;%1&apos;)</source>
        <translation>indique --format html|pdf|json|md (no se pudo deducir de &apos;%1&apos;)</translation>
    </message>
    <message>
        <source>unknown format &apos;%1&apos; (html, pdf, json, md)</source>
        <translation>formato desconocido &apos;%1&apos; (html, pdf, json, md)</translation>
    </message>
    <message>
        <source>wsafix report: %1</source>
        <translation>wsafix report: %1</translation>
    </message>
    <message>
        <source>give either --last or --session ID</source>
        <translation>indique --last o --session ID</translation>
    </message>
    <message>
        <source>give the output file: -o FILE (- for standard output)</source>
        <translation>indique el archivo de salida: -o ARCHIVO (- para la salida estándar)</translation>
    </message>
    <message>
        <source>a PDF cannot go to standard output: give -o FILE.pdf</source>
        <translation>un PDF no puede ir a la salida estándar: indique -o ARCHIVO.pdf</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a folder: give a file name</source>
        <translation>&apos;%1&apos; es una carpeta: indique un nombre de archivo</translation>
    </message>
    <message>
        <source>no session in %1 yet (run wsafix detect first)</source>
        <translation>todavía no hay ninguna sesión en %1 (ejecute primero wsafix detect)</translation>
    </message>
    <message>
        <source>no session &apos;%1&apos; in %2 (--last takes the newest)</source>
        <translation>no hay ninguna sesión &apos;%1&apos; en %2 (--last toma la más reciente)</translation>
    </message>
    <message>
        <source>wsafix report: this build cannot write PDF files</source>
        <translation>wsafix report: esta compilación no puede escribir archivos PDF</translation>
    </message>
    <message>
        <source>wsafix report: could not make the PDF: %1</source>
        <translation>wsafix report: no se pudo crear el PDF: %1</translation>
    </message>
    <message>
        <source>cannot write the report: %1</source>
        <translation>no se puede escribir el informe: %1</translation>
    </message>
    <message>
        <source>Wrote %1 (%2 report of session %3, personal data redacted)</source>
        <translation>%1 escrito (informe %2 de la sesión %3, datos personales ocultos)</translation>
    </message>
    <message>
        <source>Wrote %1 (%2 report of session %3)</source>
        <translation>%1 escrito (informe %2 de la sesión %3)</translation>
    </message>
    <message>
        <source>give --redact or --no-redact, not both</source>
        <translation>indique --redact o --no-redact, no ambos</translation>
    </message>
</context>
<context>
    <name>SeverityStyle</name>
    <message>
        <source>Info</source>
        <translation>Información</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Advertencia</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Crítico</translation>
    </message>
</context>
<context>
    <name>SnapshotsCommand</name>
    <message>
        <source>No snapshots in %1</source>
        <translation>No hay instantáneas en %1</translation>
    </message>
    <message>
        <source>Snapshot %1 (checksums verified)</source>
        <translation>Instantánea %1 (sumas de comprobación verificadas)</translation>
    </message>
    <message>
        <source>fix:</source>
        <translation>corrección:</translation>
    </message>
    <message>
        <source>machine:</source>
        <translation>equipo:</translation>
    </message>
    <message>
        <source>taken:</source>
        <translation>tomada:</translation>
    </message>
    <message>
        <source>folder:</source>
        <translation>carpeta:</translation>
    </message>
    <message>
        <source>%1 (%2 bytes)</source>
        <translation>%1 (%2 bytes)</translation>
    </message>
    <message>
        <source>wsafix snapshots: %1; nothing was restored</source>
        <translation>wsafix snapshots: %1; no se restauró nada</translation>
    </message>
    <message>
        <source>wsafix snapshots: snapshot %1 was taken on %2, not on %3; nothing was restored</source>
        <translation>wsafix snapshots: la instantánea %1 se tomó en %2, no en %3; no se restauró nada</translation>
    </message>
    <message>
        <source>wsafix snapshots: snapshot %1 was taken on %2, not on %3 (add --scenario NAME for a simulated one); nothing was restored</source>
        <translation>wsafix snapshots: la instantánea %1 se tomó en %2, no en %3 (añada --scenario NOMBRE para uno simulado); no se restauró nada</translation>
    </message>
    <message>
        <source>wsafix snapshots: snapshot %1 belongs to a fix this wsafix cannot build: %2</source>
        <translation>wsafix snapshots: la instantánea %1 pertenece a una corrección que este wsafix no puede crear: %2</translation>
    </message>
    <message>
        <source>wsafix snapshots: restoring %1: %2</source>
        <translation>wsafix snapshots: restaurando %1: %2</translation>
    </message>
    <message>
        <source>snapshot %1: %2</source>
        <translation>instantánea %1: %2</translation>
    </message>
    <message>
        <source>machine: %1</source>
        <translation>equipo: %1</translation>
    </message>
    <message>
        <source>wsafix snapshots: &apos;%1&apos; is not a snapshot id: %2</source>
        <translation>wsafix snapshots: &apos;%1&apos; no es un ID de instantánea: %2</translation>
    </message>
    <message>
        <source>wsafix snapshots: use &apos;snapshots list&apos;, &apos;snapshots show ID&apos; or &apos;snapshots restore ID&apos;</source>
        <translation>wsafix snapshots: use &apos;snapshots list&apos;, &apos;snapshots show ID&apos; o &apos;snapshots restore ID&apos;</translation>
    </message>
</context>
<context>
    <name>VerificationText</name>
    <message>
        <source>Fixed</source>
        <translation>Corregido</translation>
    </message>
    <message>
        <source>Not fixed</source>
        <translation>No corregido</translation>
    </message>
    <message>
        <source>Could not verify</source>
        <translation>No se pudo verificar</translation>
    </message>
    <message>
        <source>resolved</source>
        <translation>resuelto</translation>
    </message>
    <message>
        <source>still present</source>
        <translation>sigue presente</translation>
    </message>
    <message>
        <source>new</source>
        <translation>nuevo</translation>
    </message>
    <message>
        <source>not checked again</source>
        <translation>no se volvió a comprobar</translation>
    </message>
    <message>
        <source>connected</source>
        <translation>conectado</translation>
    </message>
    <message>
        <source>name not resolved</source>
        <translation>nombre no resuelto</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fallido</translation>
    </message>
    <message>
        <source>No target host and port were given: no connection was tried.</source>
        <translation>No se indicó ningún host ni puerto de destino: no se intentó ninguna conexión.</translation>
    </message>
    <message>
        <source>The name %1 was not looked up.</source>
        <translation>No se buscó el nombre %1.</translation>
    </message>
    <message>
        <source>The name %1 does not resolve (%2), so no connection was tried: a name problem, not a closed port.</source>
        <translation>El nombre %1 no se resuelve (%2), así que no se intentó ninguna conexión: un problema de nombre, no un puerto cerrado.</translation>
    </message>
    <message>
        <source>%1 resolves to %2; %3 of %4 connection attempts to port %5:</source>
        <translation>%1 se resuelve como %2; %3 de %4 intentos de conexión al puerto %5:</translation>
    </message>
    <message>
        <source>No comparison with the first examination: %1.</source>
        <translation>Sin comparación con el primer examen: %1.</translation>
    </message>
    <message>
        <source>Socket providers</source>
        <translation>Proveedores de sockets</translation>
    </message>
    <message>
        <source>Layered providers: %1 at detect time, %2 now.</source>
        <translation>Proveedores en capas: %1 en detect, %2 ahora.</translation>
    </message>
    <message>
        <source>No entry was added or removed.</source>
        <translation>No se agregó ni se quitó ninguna entrada.</translation>
    </message>
    <message>
        <source>removed:</source>
        <translation>quitado:</translation>
    </message>
    <message>
        <source>added:</source>
        <translation>agregado:</translation>
    </message>
    <message>
        <source>Network adapters</source>
        <translation>Adaptadores de red</translation>
    </message>
    <message>
        <source>No change.</source>
        <translation>Sin cambios.</translation>
    </message>
    <message>
        <source>came up</source>
        <translation>se conectó</translation>
    </message>
    <message>
        <source>went down</source>
        <translation>se desconectó</translation>
    </message>
    <message>
        <source>appeared</source>
        <translation>apareció</translation>
    </message>
    <message>
        <source>disappeared</source>
        <translation>desapareció</translation>
    </message>
    <message>
        <source>addresses changed</source>
        <translation>direcciones cambiadas</translation>
    </message>
    <message>
        <source>Events since detect</source>
        <translation>Eventos desde detect</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Ninguno.</translation>
    </message>
    <message>
        <source>Checks unavailable now</source>
        <translation>Comprobaciones no disponibles ahora</translation>
    </message>
    <message>
        <source>What to do next:</source>
        <translation>Qué hacer a continuación:</translation>
    </message>
    <message>
        <source>Works: nothing needed fixing</source>
        <translation>Funciona: no había nada que reparar</translation>
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
        <translation>equipo simulado &apos;%1&apos;</translation>
    </message>
    <message>
        <source>this machine</source>
        <translation>este equipo</translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation>%1 (%2, %3)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>the whole machine</source>
        <translation>todo el equipo</translation>
    </message>
    <message>
        <source>No comparison with detect: %1.</source>
        <translation>Sin comparación con detect: %1.</translation>
    </message>
    <message>
        <source>TCP sockets of %1 now: %2</source>
        <translation>Sockets TCP de %1 ahora: %2</translation>
    </message>
    <message>
        <source>Since detect:</source>
        <translation>Desde detect:</translation>
    </message>
    <message>
        <source>catalog: %1 added, %2 removed; layered providers %3 -&gt; %4</source>
        <translation>catálogo: %1 agregados, %2 quitados; proveedores en capas %3 -&gt; %4</translation>
    </message>
    <message>
        <source>TCP sockets of %1: before %2; now %3</source>
        <translation>Sockets TCP de %1: antes %2; ahora %3</translation>
    </message>
    <message>
        <source>adapters: no change</source>
        <translation>adaptadores: sin cambios</translation>
    </message>
    <message>
        <source>adapters:</source>
        <translation>adaptadores:</translation>
    </message>
    <message>
        <source>new events: %1</source>
        <translation>eventos nuevos: %1</translation>
    </message>
    <message>
        <source>unavailable now: %1</source>
        <translation>no disponible ahora: %1</translation>
    </message>
    <message>
        <source>FIXED</source>
        <translation>CORREGIDO</translation>
    </message>
    <message>
        <source>NOT FIXED</source>
        <translation>NO CORREGIDO</translation>
    </message>
    <message>
        <source>COULD NOT VERIFY</source>
        <translation>NO SE PUDO VERIFICAR</translation>
    </message>
    <message>
        <source>resolved</source>
        <translation>resuelto</translation>
    </message>
    <message>
        <source>still-present</source>
        <translation>sigue presente</translation>
    </message>
    <message>
        <source>new</source>
        <translation>nuevo</translation>
    </message>
    <message>
        <source>not-rechecked</source>
        <translation>no se volvió a comprobar</translation>
    </message>
    <message>
        <source>wsafix verify: %1</source>
        <translation>wsafix verify: %1</translation>
    </message>
    <message>
        <source>Name %1: resolves to%2</source>
        <translation>Nombre %1: se resuelve como%2</translation>
    </message>
    <message>
        <source>Name %1: does not resolve (%2)</source>
        <translation>Nombre %1: no se resuelve (%2)</translation>
    </message>
    <message>
        <source>Connections to %1:%2 (%3 of %4 attempts, %5 ms time-out each):</source>
        <translation>Conexiones con %1:%2 (%3 de %4 intentos, %5 ms de tiempo de espera cada uno):</translation>
    </message>
    <message>
        <source>connected</source>
        <translation>conectado</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fallido</translation>
    </message>
    <message>
        <source>Findings:</source>
        <translation>Hallazgos:</translation>
    </message>
    <message>
        <source>Verdict: %1. %2</source>
        <translation>Veredicto: %1. %2</translation>
    </message>
    <message>
        <source>Next:</source>
        <translation>Siguiente:</translation>
    </message>
    <message>
        <source>Verification saved in session %1 (%2)</source>
        <translation>Verificación guardada en la sesión %1 (%2)</translation>
    </message>
    <message>
        <source>wsafix verify: --host and --port are required (the target the failing program connects to)</source>
        <translation>wsafix verify: --host y --port son obligatorios (el destino al que se conecta el programa que falla)</translation>
    </message>
    <message>
        <source>wsafix verify: --count &apos;%1&apos; is not a number of attempts (1-%2)</source>
        <translation>wsafix verify: --count &apos;%1&apos; no es un número de intentos (1-%2)</translation>
    </message>
    <message>
        <source>wsafix verify: some fixes of the session are not simulated by this scenario</source>
        <translation>wsafix verify: algunas correcciones de la sesión no están simuladas en este escenario</translation>
    </message>
    <message>
        <source>WORKS (nothing was fixed)</source>
        <translation>FUNCIONA (no se reparó nada)</translation>
    </message>
</context>
<context>
    <name>WizardLauncher</name>
    <message>
        <source>wsafix: the wizard is already open; raised it</source>
        <translation>wsafix: el asistente ya está abierto; se ha traído al frente</translation>
    </message>
    <message>
        <source>wsafix: the wizard is already open; handed it the link</source>
        <translation>wsafix: el asistente ya está abierto; se le ha pasado el vínculo</translation>
    </message>
    <message>
        <source>wsafix: a running wizard did not answer; opening another one</source>
        <translation>wsafix: un asistente en ejecución no respondió; se abre otro</translation>
    </message>
    <message>
        <source>wsafix: later launches cannot reach this wizard: %1</source>
        <translation>wsafix: los inicios posteriores no pueden llegar a este asistente: %1</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>wsafix: no display here ($DISPLAY and $WAYLAND_DISPLAY are unset), so the wizard cannot open.</source>
        <translation>wsafix: aquí no hay pantalla ($DISPLAY y $WAYLAND_DISPLAY no están definidas), así que el asistente no puede abrirse.</translation>
    </message>
    <message>
        <source>wsafix: support link refused: %1</source>
        <translation>wsafix: vínculo de soporte rechazado: %1</translation>
    </message>
    <message>
        <source>This is what `wsafix detect` finds instead:</source>
        <translation>Esto es lo que encuentra `wsafix detect` en su lugar:</translation>
    </message>
    <message>
        <source>wsafix: internal error: %1</source>
        <translation>wsafix: error interno: %1</translation>
    </message>
</context>
<context>
    <name>wsafix</name>
    <message>
        <source>wsafix: scenario not loaded</source>
        <translation>wsafix: escenario no cargado</translation>
    </message>
    <message>
        <source>wsafix: session not resumed</source>
        <translation>wsafix: sesión no reanudada</translation>
    </message>
</context>
<context>
    <name>wsafix::AdapterModel</name>
    <message>
        <source>up</source>
        <translation>conectado</translation>
    </message>
    <message>
        <source>down</source>
        <translation>desconectado</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation>Direcciones</translation>
    </message>
    <message>
        <source>Gateways</source>
        <translation>Puertas de enlace</translation>
    </message>
    <message>
        <source>DNS servers</source>
        <translation>Servidores DNS</translation>
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
        <translation>Id.</translation>
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
        <translation>bucle invertido</translation>
    </message>
    <message>
        <source>tunnel</source>
        <translation>túnel</translation>
    </message>
    <message>
        <source>PPP</source>
        <translation>PPP</translation>
    </message>
    <message>
        <source>other</source>
        <translation>otro</translation>
    </message>
</context>
<context>
    <name>wsafix::AnalyzeDialog</name>
    <message>
        <source>Analyze pasted output</source>
        <translation>Analizar salida pegada</translation>
    </message>
    <message>
        <source>Paste what the user sent — netsh winsock show catalog, ipconfig /all, netstat -ano and similar, in any language — or drop saved files here. wsafix then examines that machine instead of this one.</source>
        <translation>Pegue lo que envió el usuario (netsh winsock show catalog, ipconfig /all, netstat -ano y similares, en cualquier idioma) o arrastre aquí archivos guardados. wsafix examina entonces ese equipo en lugar de este.</translation>
    </message>
    <message>
        <source>Pasted output</source>
        <translation>Salida pegada</translation>
    </message>
    <message>
        <source>Paste command output here</source>
        <translation>Pegue aquí la salida del comando</translation>
    </message>
    <message>
        <source>Add &amp;files…</source>
        <translation>Agregar &amp;archivos…</translation>
    </message>
    <message>
        <source>What was recognised</source>
        <translation>Qué se reconoció</translation>
    </message>
    <message>
        <source>&amp;Examine this machine</source>
        <translation>&amp;Examinar este equipo</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>no se puede leer %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1, lines %2–%3: %4 — %n item(s)</source>
        <translation>
            <numerusform>%1, líneas %2–%3: %4 — %n elemento</numerusform>
            <numerusform>%1, líneas %2–%3: %4 — %n elementos</numerusform>
        </translation>
    </message>
    <message>
        <source>lines %1–%2</source>
        <translation>líneas %1–%2</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>línea %1</translation>
    </message>
    <message>
        <source>%1, %2 not used: %3
    %4</source>
        <translation>%1, %2 sin usar: %3
    %4</translation>
    </message>
    <message>
        <source>Nothing pasted yet.</source>
        <translation>Todavía no se ha pegado nada.</translation>
    </message>
    <message>
        <source>No command output wsafix knows was recognised.</source>
        <translation>No se reconoció ninguna salida de comando que wsafix conozca.</translation>
    </message>
    <message>
        <source>Recognised below; lines that could not be used are greyed. Click Examine this machine to see its findings.</source>
        <translation>Reconocido abajo; las líneas que no se pudieron usar aparecen atenuadas. Haga clic en Examinar este equipo para ver sus hallazgos.</translation>
    </message>
    <message>
        <source>Add saved command output</source>
        <translation>Agregar una salida de comando guardada</translation>
    </message>
    <message>
        <source>Text files (*.txt *.log);;All files (*)</source>
        <translation>Archivos de texto (*.txt *.log);;Todos los archivos (*)</translation>
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
        <translation>EN CAPAS</translation>
    </message>
    <message>
        <source>LAYERED chain</source>
        <translation>Cadena EN CAPAS</translation>
    </message>
    <message>
        <source>LAYERED chain %1</source>
        <translation>Cadena EN CAPAS %1</translation>
    </message>
    <message>
        <source>%1 (file missing)</source>
        <translation>%1 (falta el archivo)</translation>
    </message>
    <message>
        <source>A layered provider sees every connection of every program that uses this protocol.</source>
        <translation>Un proveedor en capas ve cada conexión de cada programa que usa este protocolo.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>Id.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Clase</translation>
    </message>
    <message>
        <source>Provider DLL</source>
        <translation>DLL del proveedor</translation>
    </message>
    <message>
        <source>Company / product</source>
        <translation>Empresa / producto</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Familia</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protocolo</translation>
    </message>
    <message>
        <source>Catalog</source>
        <translation>Catálogo</translation>
    </message>
</context>
<context>
    <name>wsafix::DecodePanel</name>
    <message>
        <source>This can mean more than one error:</source>
        <translation>Puede significar más de un error:</translation>
    </message>
    <message>
        <source>Type it as the user sees it (for example 0x00002748 or WSAEISCONN) to be sure.</source>
        <translation>Escríbalo tal como lo ve el usuario (por ejemplo 0x00002748 o WSAEISCONN) para estar seguro.</translation>
    </message>
    <message>
        <source>Nearest known codes:</source>
        <translation>Códigos conocidos más cercanos:</translation>
    </message>
    <message>
        <source>The error code is not understood</source>
        <translation>No se entiende el código de error</translation>
    </message>
</context>
<context>
    <name>wsafix::DetectPage</name>
    <message>
        <source>&amp;Cancel examination</source>
        <translation>&amp;Cancelar el examen</translation>
    </message>
    <message>
        <source>&amp;Run again</source>
        <translation>&amp;Volver a ejecutar</translation>
    </message>
    <message>
        <source>Examination progress</source>
        <translation>Progreso del examen</translation>
    </message>
    <message>
        <source>Examine the computer</source>
        <translation>Examinar el equipo</translation>
    </message>
    <message>
        <source>No problems found: the socket providers, the connections, the network adapters and the event log look healthy.</source>
        <translation>No se encontraron problemas: los proveedores de sockets, las conexiones, los adaptadores de red y el registro de eventos parecen correctos.</translation>
    </message>
    <message>
        <source>Preloaded &amp;libraries</source>
        <translation>&amp;Bibliotecas precargadas</translation>
    </message>
    <message>
        <source>&amp;Sockets</source>
        <translation>&amp;Sockets</translation>
    </message>
    <message>
        <source>&amp;TCP states</source>
        <translation>Estados &amp;TCP</translation>
    </message>
    <message>
        <source>&amp;Adapters</source>
        <translation>&amp;Adaptadores</translation>
    </message>
    <message>
        <source>&amp;Events</source>
        <translation>&amp;Eventos</translation>
    </message>
    <message>
        <source>wsafix is reading the pasted outputs.</source>
        <translation>wsafix está leyendo las salidas pegadas.</translation>
    </message>
    <message>
        <source>wsafix is examining this computer; this takes a few seconds. Wait until the results appear, or click Cancel.</source>
        <translation>wsafix está examinando este equipo; tarda unos segundos. Espere a que aparezcan los resultados o haga clic en Cancelar.</translation>
    </message>
    <message>
        <source>The findings appear here when the examination ends.</source>
        <translation>Los hallazgos aparecen aquí cuando termina el examen.</translation>
    </message>
    <message>
        <source>Failed.</source>
        <translation>Error.</translation>
    </message>
    <message>
        <source>The examination failed: %1. Click Run again.</source>
        <translation>El examen falló: %1. Haga clic en Volver a ejecutar.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <source>Finished.</source>
        <translation>Terminado.</translation>
    </message>
    <message>
        <source>The examination was cancelled, so the results below are incomplete. Click Run again, or Next to continue with what was found.</source>
        <translation>El examen se canceló, así que los resultados de abajo están incompletos. Haga clic en Volver a ejecutar, o en Siguiente para continuar con lo encontrado.</translation>
    </message>
    <message>
        <source>No problems found in the pasted outputs. Tabs without them say which command would show more.</source>
        <translation>No se encontraron problemas en las salidas pegadas. Las pestañas sin salida indican qué comando mostraría más.</translation>
    </message>
    <message>
        <source>No problems found on this computer. Click Next to continue; if the error persists, the failing program itself is the likely cause.</source>
        <translation>No se encontraron problemas en este equipo. Haga clic en Siguiente; si el error continúa, la causa probable es el propio programa que falla.</translation>
    </message>
    <message>
        <source>Found one problem. Click it to see the evidence, then click Next to see the fixes.</source>
        <translation>Se encontró un problema. Haga clic en él para ver las pruebas y después en Siguiente para ver las correcciones.</translation>
    </message>
    <message>
        <source>Found %1 problems, the worst first. Click one to see its evidence, then click Next to see the fixes.</source>
        <translation>Se encontraron %1 problemas, el más grave primero. Haga clic en uno para ver sus pruebas y después en Siguiente para ver las correcciones.</translation>
    </message>
    <message>
        <source>not run</source>
        <translation>no ejecutado</translation>
    </message>
    <message>
        <source>Sockets per remote endpoint</source>
        <translation>Sockets por extremo remoto</translation>
    </message>
    <message>
        <source>Remote endpoint</source>
        <translation>Extremo remoto</translation>
    </message>
    <message>
        <source>Sockets</source>
        <translation>Sockets</translation>
    </message>
    <message>
        <source>Most sockets per remote endpoint, whole machine:</source>
        <translation>Más sockets por extremo remoto, todo el equipo:</translation>
    </message>
    <message>
        <source>Most sockets of %1 per remote endpoint:</source>
        <translation>Más sockets de %1 por extremo remoto:</translation>
    </message>
    <message>
        <source>What was examined</source>
        <translation>Qué se examinó</translation>
    </message>
    <message>
        <source>&amp;Winsock catalog</source>
        <translation>Catálogo de &amp;Winsock</translation>
    </message>
    <message>
        <source>Na&amp;me resolution</source>
        <translation>Resolución de &amp;nombres</translation>
    </message>
</context>
<context>
    <name>wsafix::DetectionJobPage</name>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Iniciando…</translation>
    </message>
</context>
<context>
    <name>wsafix::ElevatedFixStep</name>
    <message>
        <source>; the session could not be read back: %1</source>
        <translation>; no se pudo volver a leer la sesión: %1</translation>
    </message>
    <message>
        <source>; the elevated step recorded no action</source>
        <translation>; el paso elevado no registró ninguna acción</translation>
    </message>
    <message>
        <source>a simulated machine is not restarted: nothing to re-open</source>
        <translation>un equipo simulado no se reinicia: no hay nada que volver a abrir</translation>
    </message>
</context>
<context>
    <name>wsafix::EventModel</name>
    <message>
        <source>Time (UTC)</source>
        <translation>Hora (UTC)</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Nivel</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Origen</translation>
    </message>
    <message>
        <source>Event ID</source>
        <translation>Id. del evento</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
</context>
<context>
    <name>wsafix::FindingsView</name>
    <message>
        <source>Findings</source>
        <translation>Hallazgos</translation>
    </message>
    <message>
        <source>Finding and evidence</source>
        <translation>Hallazgo y pruebas</translation>
    </message>
    <message>
        <source>Finding details</source>
        <translation>Detalles del hallazgo</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Ahora</translation>
    </message>
    <message>
        <source> (and %1 more)</source>
        <translation> (y %1 más)</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Pruebas</translation>
    </message>
    <message>
        <source>Recommended fixes, gentlest first</source>
        <translation>Correcciones recomendadas, la más suave primero</translation>
    </message>
    <message>
        <source>The problems found, worst first. The details of the selected one are shown beside the list.</source>
        <translation>Los problemas encontrados, el más grave primero. Los detalles del seleccionado se muestran junto a la lista.</translation>
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
        <translation>Correcciones recomendadas</translation>
    </message>
    <message>
        <source>Fix</source>
        <translation>Corregir</translation>
    </message>
    <message>
        <source>Badges</source>
        <translation>Avisos</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Asked for by</source>
        <translation>Solicitada por</translation>
    </message>
</context>
<context>
    <name>wsafix::FixDetails</name>
    <message>
        <source>Fix details and exact commands</source>
        <translation>Detalles de la corrección y comandos exactos</translation>
    </message>
    <message>
        <source>Why:</source>
        <translation>Motivo:</translation>
    </message>
    <message numerus="yes">
        <source>This fix can cut the computer off the network, so the auto-revert guard watches it: unless you keep the change within %n second(s), the settings before it come back by themselves.</source>
        <translation>
            <numerusform>Esta corrección puede dejar el equipo sin red, así que la protección de reversión automática la vigila: si no conserva el cambio en %n segundo, la configuración anterior vuelve sola.</numerusform>
            <numerusform>Esta corrección puede dejar el equipo sin red, así que la protección de reversión automática la vigila: si no conserva el cambio en %n segundos, la configuración anterior vuelve sola.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot run here:</source>
        <translation>No se puede ejecutar aquí:</translation>
    </message>
    <message>
        <source>Snapshot first:</source>
        <translation>Primero una instantánea de:</translation>
    </message>
    <message>
        <source>Exact commands:</source>
        <translation>Comandos exactos:</translation>
    </message>
    <message>
        <source>(being listed…)</source>
        <translation>(enumerando…)</translation>
    </message>
</context>
<context>
    <name>wsafix::FixPage</name>
    <message>
        <source>&amp;Apply ticked fixes</source>
        <translation>&amp;Aplicar las correcciones marcadas</translation>
    </message>
    <message>
        <source>Fix</source>
        <translation>Corrección</translation>
    </message>
    <message>
        <source>Continue to &amp;verify</source>
        <translation>Continuar con la &amp;verificación</translation>
    </message>
    <message>
        <source>no finding asks for this (training: you may still try it)</source>
        <translation>ningún hallazgo la pide (entrenamiento: puede probarla igualmente)</translation>
    </message>
    <message>
        <source>Run as &amp;administrator…</source>
        <translation>&amp;Ejecutar como administrador…</translation>
    </message>
    <message>
        <source>&amp;Stop after this fix</source>
        <translation>&amp;Detener tras esta corrección</translation>
    </message>
    <message>
        <source>A fix that has started is always finished or rolled back; the ones after it are not run.</source>
        <translation>Una corrección ya iniciada siempre se termina o se revierte; las siguientes no se ejecutan.</translation>
    </message>
    <message>
        <source>Fix progress</source>
        <translation>Progreso de las correcciones</translation>
    </message>
    <message>
        <source>Live log of the fix steps</source>
        <translation>Registro en directo de los pasos de corrección</translation>
    </message>
    <message>
        <source>Each step appears here as it runs.</source>
        <translation>Cada paso aparece aquí mientras se ejecuta.</translation>
    </message>
    <message>
        <source>Stopping after the fix that is running…</source>
        <translation>Se detendrá tras la corrección en curso…</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>Snapshots of this session</source>
        <translation>Instantáneas de esta sesión</translation>
    </message>
    <message>
        <source>wsafix has no such fix for %1: %2</source>
        <translation>wsafix no tiene esa corrección para %1: %2</translation>
    </message>
    <message>
        <source>the findings describe the machine of the pasted outputs, not this one: run wsafix there to apply it</source>
        <translation>los hallazgos describen el equipo de las salidas pegadas, no este: ejecute wsafix allí para aplicarla</translation>
    </message>
    <message>
        <source>needs administrator rights, and wsafix runs without them</source>
        <translation>requiere derechos de administrador, y wsafix se ejecuta sin ellos</translation>
    </message>
    <message>
        <source>cannot run here</source>
        <translation>no se puede ejecutar aquí</translation>
    </message>
    <message>
        <source>checking…</source>
        <translation>comprobando…</translation>
    </message>
    <message>
        <source>Nothing needs fixing: the examination found no problem that a fix could solve. Click Continue to check the connection.</source>
        <translation>No hay nada que corregir: el examen no encontró ningún problema que una corrección pudiera resolver. Haga clic en Continuar para comprobar la conexión.</translation>
    </message>
    <message>
        <source>These are the fixes the findings call for, the gentlest first. Tick the ones to try and click Apply: a snapshot is taken first and a fix that fails is undone. This is a simulated machine, so no real computer changes.</source>
        <translation>Estas son las correcciones que piden los hallazgos, la más suave primero. Marque las que quiera probar y haga clic en Aplicar: primero se toma una instantánea y una corrección que falla se deshace. Es un equipo simulado, así que ningún equipo real cambia.</translation>
    </message>
    <message>
        <source>These are the fixes the findings call for, the gentlest first, with the exact commands they run. Tick the ones to try and click Apply: a snapshot is taken first, and a fix that fails is undone on the spot. Every snapshot below can be restored.</source>
        <translation>Estas son las correcciones que piden los hallazgos, la más suave primero, con los comandos exactos que ejecutan. Marque las que quiera probar y haga clic en Aplicar: primero se toma una instantánea, y una corrección que falla se deshace en el acto. Todas las instantáneas de abajo se pueden restaurar.</translation>
    </message>
    <message>
        <source>On a real computer, %1 need administrator rights, which this simulated machine does not have: wsafix would ask to run this step as administrator. In training the simulated machine goes ahead.</source>
        <translation>En un equipo real, %1 requieren derechos de administrador, que este equipo simulado no tiene: wsafix pediría ejecutar este paso como administrador. En el entrenamiento, el equipo simulado sigue adelante.</translation>
    </message>
    <message>
        <source>Checking what each fix would run here…</source>
        <translation>Comprobando qué ejecutaría aquí cada corrección…</translation>
    </message>
    <message>
        <source>waiting…</source>
        <translation>en espera…</translation>
    </message>
    <message numerus="yes">
        <source>Applying %n fix(es) on %1</source>
        <translation>
            <numerusform>Aplicando %n corrección en %1</numerusform>
            <numerusform>Aplicando %n correcciones en %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Restoring snapshot %1</source>
        <translation>Restaurando la instantánea %1</translation>
    </message>
    <message>
        <source>Rolling back what an interrupted run left open</source>
        <translation>Revirtiendo lo que una ejecución interrumpida dejó abierto</translation>
    </message>
    <message>
        <source>Taking the snapshot…</source>
        <translation>Tomando la instantánea…</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>Trabajando…</translation>
    </message>
    <message>
        <source>Done: the result of each fix is in the list and below.</source>
        <translation>Hecho: el resultado de cada corrección está en la lista y abajo.</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Hecho.</translation>
    </message>
    <message>
        <source>Interrupted change</source>
        <translation>Cambio interrumpido</translation>
    </message>
    <message>
        <source>cannot be listed: %1</source>
        <translation>no se pueden enumerar: %1</translation>
    </message>
    <message>
        <source>(none: the fix cannot run here)</source>
        <translation>(ninguno: la corrección no se puede ejecutar aquí)</translation>
    </message>
    <message>
        <source>(none: the simulated machine runs no commands)</source>
        <translation>(ninguno: el equipo simulado no ejecuta comandos)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <source>unavailable: %1</source>
        <translation>no disponible: %1</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>preparada</translation>
    </message>
    <message>
        <source>refused: %1</source>
        <translation>rechazado: %1</translation>
    </message>
    <message>
        <source>Waiting for you to keep or revert the change…</source>
        <translation>Esperando a que conserve o revierta el cambio…</translation>
    </message>
    <message>
        <source>Undoing %1 failed; the auto-revert guard puts the snapshot back now.</source>
        <translation>No se pudo deshacer %1; la protección de reversión automática restaura ahora la instantánea.</translation>
    </message>
    <message>
        <source>You kept the change of %1; the auto-revert guard stood down.</source>
        <translation>Ha conservado el cambio de %1; la protección de reversión automática se retiró.</translation>
    </message>
    <message>
        <source>%1: not run (stopped)</source>
        <translation>%1: no ejecutado (detenido)</translation>
    </message>
    <message>
        <source>Auto-revert guard: %1</source>
        <translation>Protección de reversión automática: %1</translation>
    </message>
    <message>
        <source>The session could not be read back: %1</source>
        <translation>No se pudo volver a leer la sesión: %1</translation>
    </message>
    <message>
        <source>%1: not run, because the change before it was undone</source>
        <translation>%1: no ejecutado, porque el cambio anterior se deshizo</translation>
    </message>
    <message>
        <source>Asking for administrator rights to run: %1</source>
        <translation>Solicitando derechos de administrador para ejecutar: %1</translation>
    </message>
    <message>
        <source>Waiting for the administrator step: the password prompt, then the fixes…</source>
        <translation>Esperando el paso de administrador: la solicitud de contraseña y después las correcciones…</translation>
    </message>
    <message>
        <source>Administrator step: %1</source>
        <translation>Paso de administrador: %1</translation>
    </message>
    <message>
        <source>The administrator step still lacked administrator rights: nothing was changed.</source>
        <translation>El paso de administrador seguía sin derechos de administrador: no se cambió nada.</translation>
    </message>
    <message>
        <source>Nothing was run as administrator: %1.</source>
        <translation>No se ejecutó nada como administrador: %1.</translation>
    </message>
    <message>
        <source>On a real computer, %1 needs a restart to finish; wsafix would then re-open at its verify page.</source>
        <translation>En un equipo real, %1 necesita un reinicio para terminar; wsafix se volvería a abrir después en su página de verificación.</translation>
    </message>
    <message>
        <source>Restart the computer to finish %1: wsafix re-opens at the verify page after the restart.</source>
        <translation>Reinicie el equipo para terminar %1: wsafix se vuelve a abrir en la página de verificación después del reinicio.</translation>
    </message>
    <message>
        <source>Restart the computer to finish %1, then run wsafix --resume %2 (wsafix could not set itself to re-open: %3).</source>
        <translation>Reinicie el equipo para terminar %1 y después ejecute wsafix --resume %2 (wsafix no pudo programarse para volver a abrirse: %3).</translation>
    </message>
    <message>
        <source>needs administrator</source>
        <translation>requiere administrador</translation>
    </message>
    <message>
        <source>needs administrator rights, and wsafix runs without them: tick it and click Run as administrator</source>
        <translation>requiere derechos de administrador, y wsafix se ejecuta sin ellos: márquela y haga clic en «Ejecutar como administrador»</translation>
    </message>
    <message>
        <source>%1 need administrator rights, and wsafix runs as an ordinary user. Tick the ones to try and click Run as administrator to run just those with the password of an administrator (the rest of the wizard stays as it is), or ask an administrator to run: wsafix fix %2</source>
        <translation>%1 requieren derechos de administrador, y wsafix se ejecuta como usuario normal. Marque las que quiera probar y haga clic en «Ejecutar como administrador» para ejecutar solo esas con la contraseña de un administrador (el resto del asistente queda como está), o pida a un administrador que ejecute: wsafix fix %2</translation>
    </message>
    <message>
        <source>%1 need administrator rights: click Run as administrator, or untick them to go on without them.</source>
        <translation>%1 requieren derechos de administrador: haga clic en «Ejecutar como administrador», o desmárquelas para continuar sin ellas.</translation>
    </message>
    <message>
        <source>Tick the fixes to run as administrator first.</source>
        <translation>Marque primero las reparaciones que se ejecutarán como administrador.</translation>
    </message>
</context>
<context>
    <name>wsafix::IntakePage</name>
    <message>
        <source>Describe the error</source>
        <translation>Describir el error</translation>
    </message>
    <message>
        <source>Type the error the user sees, and if you know them, the program that fails and the server it connects to; then click Next to examine the computer.</source>
        <translation>Escriba el error que ve el usuario y, si los conoce, el programa que falla y el servidor al que se conecta; después haga clic en Siguiente para examinar el equipo.</translation>
    </message>
    <message>
        <source>Error code</source>
        <translation>Código de error</translation>
    </message>
    <message>
        <source>e.g. 0x00002748, 10056 or WSAEISCONN</source>
        <translation>p. ej. 0x00002748, 10056 o WSAEISCONN</translation>
    </message>
    <message>
        <source>Failing application</source>
        <translation>Aplicación que falla</translation>
    </message>
    <message>
        <source>optional: program name or PID, e.g. OUTLOOK.EXE</source>
        <translation>opcional: nombre del programa o PID, p. ej. OUTLOOK.EXE</translation>
    </message>
    <message>
        <source>Target host</source>
        <translation>Host de destino</translation>
    </message>
    <message>
        <source>optional: e.g. mail.example.com or 192.0.2.10</source>
        <translation>opcional: p. ej. mail.example.com o 192.0.2.10</translation>
    </message>
    <message>
        <source>Target port</source>
        <translation>Puerto de destino</translation>
    </message>
    <message>
        <source>1–65535</source>
        <translation>1–65535</translation>
    </message>
    <message>
        <source>Ticket number</source>
        <translation>Número de incidencia</translation>
    </message>
    <message>
        <source>optional: e.g. INC0012345</source>
        <translation>opcional: p. ej. INC0012345</translation>
    </message>
    <message>
        <source>Elevated: yes — wsafix runs with administrator rights.</source>
        <translation>Elevado: sí — wsafix se ejecuta con derechos de administrador.</translation>
    </message>
    <message>
        <source>Elevated: no — wsafix can examine this computer, but fixes will need an administrator.</source>
        <translation>Elevado: no — wsafix puede examinar este equipo, pero las correcciones necesitarán un administrador.</translation>
    </message>
    <message>
        <source>&amp;Error code:</source>
        <translation>Código de &amp;error:</translation>
    </message>
    <message>
        <source>Failing &amp;application:</source>
        <translation>&amp;Aplicación que falla:</translation>
    </message>
    <message>
        <source>Target &amp;host:</source>
        <translation>&amp;Host de destino:</translation>
    </message>
    <message>
        <source>Target &amp;port:</source>
        <translation>&amp;Puerto de destino:</translation>
    </message>
    <message>
        <source>&amp;Ticket:</source>
        <translation>&amp;Incidencia:</translation>
    </message>
    <message>
        <source>Analy&amp;ze pasted output…</source>
        <translation>Anali&amp;zar salida pegada…</translation>
    </message>
    <message>
        <source>Practise on a simulated computer with a story; nothing on this computer changes.</source>
        <translation>Practique en un equipo simulado con una historia; en este equipo no cambia nada.</translation>
    </message>
    <message>
        <source>Listing running programs…</source>
        <translation>Enumerando los programas en ejecución…</translation>
    </message>
    <message>
        <source>The program list is unavailable (%1); type the name instead.</source>
        <translation>La lista de programas no está disponible (%1); escriba el nombre en su lugar.</translation>
    </message>
    <message>
        <source>Running programs listed: %1. Pick one, or type a name or PID.</source>
        <translation>Programas en ejecución enumerados: %1. Elija uno, o escriba un nombre o un PID.</translation>
    </message>
    <message>
        <source>Next examines the %1 instead of this computer.</source>
        <translation>Siguiente examina %1 en lugar de este equipo.</translation>
    </message>
    <message>
        <source>Filled in from a support link. Check the details, then click Next.</source>
        <translation>Rellenado desde un vínculo de soporte. Compruebe los datos y haga clic en Siguiente.</translation>
    </message>
    <message>
        <source>The support link was not used: %1. Type the details instead.</source>
        <translation>No se usó el vínculo de soporte: %1. Escriba los datos en su lugar.</translation>
    </message>
    <message>
        <source>The host name is too long.</source>
        <translation>El nombre de host es demasiado largo.</translation>
    </message>
    <message>
        <source>The host is not a valid IPv6 address.</source>
        <translation>El host no es una dirección IPv6 válida.</translation>
    </message>
    <message>
        <source>The host is not a valid IPv4 address.</source>
        <translation>El host no es una dirección IPv4 válida.</translation>
    </message>
    <message>
        <source>The host may contain only letters, digits, dots and hyphens (e.g. mail.example.com).</source>
        <translation>El host solo puede contener letras, dígitos, puntos y guiones (p. ej. mail.example.com).</translation>
    </message>
    <message>
        <source>The port must be a number from 1 to 65535.</source>
        <translation>El puerto debe ser un número del 1 al 65535.</translation>
    </message>
    <message>
        <source>The ticket may contain only letters, digits and . _ # / -</source>
        <translation>La incidencia solo puede contener letras, dígitos y . _ # / -</translation>
    </message>
    <message>
        <source>Type the error code the user sees (for example 0x00002748).</source>
        <translation>Escriba el código de error que ve el usuario (por ejemplo 0x00002748).</translation>
    </message>
    <message>
        <source>Type the port as well, or clear the host.</source>
        <translation>Escriba también el puerto, o borre el host.</translation>
    </message>
    <message>
        <source>Type the host as well, or clear the port.</source>
        <translation>Escriba también el host, o borre el puerto.</translation>
    </message>
    <message>
        <source>The error as the user sees it: a number, a hexadecimal code or a name. Its meaning is shown below the field as you type.</source>
        <translation>El error tal como lo ve el usuario: un número, un código hexadecimal o un nombre. Su significado aparece debajo del campo mientras escribe.</translation>
    </message>
    <message>
        <source>Optional: the program that shows the error. Pick a running program from the list, or type its name or PID.</source>
        <translation>Opcional: el programa que muestra el error. Elija un programa en ejecución de la lista, o escriba su nombre o su PID.</translation>
    </message>
    <message>
        <source>Optional: the server the program connects to, as a name or an address. Verify connects to it after the fix.</source>
        <translation>Opcional: el servidor al que se conecta el programa, como nombre o dirección. Verificar se conecta a él después de la corrección.</translation>
    </message>
    <message>
        <source>The port of the target host, from 1 to 65535; needed when a host is given.</source>
        <translation>El puerto del host de destino, del 1 al 65535; necesario cuando se indica un host.</translation>
    </message>
    <message>
        <source>Optional: the support ticket, written into the report.</source>
        <translation>Opcional: la incidencia de soporte, que se escribe en el informe.</translation>
    </message>
    <message>
        <source>Examine the command output a user pasted into a ticket instead of this computer.</source>
        <translation>Examinar la salida de comando que un usuario pegó en una incidencia en lugar de este equipo.</translation>
    </message>
    <message>
        <source>Tra&amp;ining mode…</source>
        <translation>Modo de entre&amp;namiento…</translation>
    </message>
</context>
<context>
    <name>wsafix::KeepChangesDialog</name>
    <message>
        <source>Keep these changes?</source>
        <translation>¿Conservar estos cambios?</translation>
    </message>
    <message>
        <source>%v s</source>
        <translation>%v s</translation>
    </message>
    <message>
        <source>&amp;Keep changes</source>
        <translation>&amp;Conservar los cambios</translation>
    </message>
    <message>
        <source>&amp;Revert now</source>
        <translation>&amp;Revertir ahora</translation>
    </message>
    <message>
        <source>Waiting for the safety timer to finish…</source>
        <translation>Esperando a que termine el temporizador de seguridad…</translation>
    </message>
    <message>
        <source>The safety timer did not report back. Check the network settings, and restore snapshot %1 from the fix page if needed (its log: %2).</source>
        <translation>El temporizador de seguridad no respondió. Compruebe la configuración de red y, si hace falta, restaure la instantánea %1 desde la página Corrección (su registro: %2).</translation>
    </message>
    <message numerus="yes">
        <source>The change is made. If this computer can still reach the network, keep it. Otherwise do nothing: in %n second(s) the previous settings come back by themselves.</source>
        <translation>
            <numerusform>El cambio está hecho. Si este equipo todavía llega a la red, consérvelo. Si no, no haga nada: dentro de %n segundo la configuración anterior volverá por sí sola.</numerusform>
            <numerusform>El cambio está hecho. Si este equipo todavía llega a la red, consérvelo. Si no, no haga nada: dentro de %n segundos la configuración anterior volverá por sí sola.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>wsafix::LatencyChart</name>
    <message>
        <source>Connection time per attempt</source>
        <translation>Tiempo de conexión por intento</translation>
    </message>
    <message>
        <source>connected (ms)</source>
        <translation>conectado (ms)</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fallido</translation>
    </message>
    <message>
        <source>attempt</source>
        <translation>intento</translation>
    </message>
    <message>
        <source>milliseconds</source>
        <translation>milisegundos</translation>
    </message>
    <message>
        <source>No connection attempts: no target host and port were given.</source>
        <translation>Sin intentos de conexión: no se indicó ningún host ni puerto de destino.</translation>
    </message>
    <message>
        <source>attempt %1: connected in %2 ms</source>
        <translation>intento %1: conectado en %2 ms</translation>
    </message>
    <message>
        <source>attempt %1: failed after %2 ms</source>
        <translation>intento %1: falló tras %2 ms</translation>
    </message>
    <message>
        <source>%1 of %2 attempts connected. %3</source>
        <translation>%1 de %2 intentos se conectaron. %3</translation>
    </message>
</context>
<context>
    <name>wsafix::NamespaceModel</name>
    <message>
        <source>This file does not exist: lookups through this provider fail.</source>
        <translation>Este archivo no existe: las búsquedas a través de este proveedor fallan.</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source> (missing)</source>
        <translation> (falta)</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Proveedor</translation>
    </message>
    <message>
        <source>Name space</source>
        <translation>Espacio de nombres</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activo</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Provider ID</source>
        <translation>Id. del proveedor</translation>
    </message>
</context>
<context>
    <name>wsafix::ProbeTab</name>
    <message>
        <source>%1 table</source>
        <translation>Tabla %1</translation>
    </message>
    <message>
        <source>Copy the %1 table</source>
        <translation>Copiar la tabla %1</translation>
    </message>
    <message>
        <source>Copies the rows shown, tab-separated, for a ticket or a spreadsheet.</source>
        <translation>Copia las filas mostradas, separadas por tabulaciones, para una incidencia o una hoja de cálculo.</translation>
    </message>
    <message>
        <source>Filter: program, PID, address, port or state</source>
        <translation>Filtro: programa, PID, dirección, puerto o estado</translation>
    </message>
    <message>
        <source>&amp;Filter:</source>
        <translation>&amp;Filtro:</translation>
    </message>
    <message>
        <source>unavailable: %1</source>
        <translation>no disponible: %1</translation>
    </message>
    <message>
        <source>Rows: %1</source>
        <translation>Filas: %1</translation>
    </message>
    <message>
        <source>Rows: %1 of %2</source>
        <translation>Filas: %1 de %2</translation>
    </message>
    <message>
        <source>Co&amp;py table</source>
        <translation>Co&amp;piar la tabla</translation>
    </message>
    <message>
        <source>Filter the rows</source>
        <translation>Filtrar las filas</translation>
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
        <translation>&amp;Revertir el cambio interrumpido</translation>
    </message>
    <message>
        <source>The fix journal cannot be read, so wsafix cannot tell whether an earlier run was interrupted: %1</source>
        <translation>No se puede leer el diario de correcciones, así que wsafix no puede saber si se interrumpió una ejecución anterior: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %2 (snapshot %3, stopped after %n journal step(s))</source>
        <translation>
            <numerusform>%1 de %2 (instantánea %3, detenida tras %n paso del diario)</numerusform>
            <numerusform>%1 de %2 (instantánea %3, detenida tras %n pasos del diario)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 on another machine (%3) is left as it is</source>
        <translation>%1 de %2 en otro equipo (%3) se deja como está</translation>
    </message>
    <message>
        <source>wsafix was interrupted while it changed this machine, so the change may be half made: %1. Rolling back puts the machine back as the snapshot taken before it; nothing is rolled back until you click.</source>
        <translation>wsafix se interrumpió mientras cambiaba este equipo, así que el cambio puede haber quedado a medias: %1. Revertir devuelve el equipo al estado de la instantánea tomada antes del cambio; no se revierte nada hasta que haga clic.</translation>
    </message>
    <message>
        <source>An earlier change was interrupted</source>
        <translation>Se interrumpió un cambio anterior</translation>
    </message>
    <message>
        <source>wsafix stopped in the middle of changing this machine (it crashed, was killed, or the power went), so the machine may be half changed.</source>
        <translation>wsafix se detuvo a mitad de un cambio en este equipo (se bloqueó, se forzó su cierre o se cortó la corriente), así que el equipo puede haber quedado cambiado a medias.</translation>
    </message>
    <message>
        <source>Interrupted: %1.

Roll back now to put the machine back as the snapshot taken before the change. If you choose Not now, the Fix page keeps offering it.</source>
        <translation>Interrumpido: %1.

Revierta ahora para devolver el equipo al estado de la instantánea tomada antes del cambio. Si elige «Ahora no», la página Corrección lo seguirá ofreciendo.</translation>
    </message>
    <message>
        <source>&amp;Roll back now</source>
        <translation>&amp;Revertir ahora</translation>
    </message>
    <message>
        <source>&amp;Not now</source>
        <translation>&amp;Ahora no</translation>
    </message>
</context>
<context>
    <name>wsafix::ReportPage</name>
    <message>
        <source>Report</source>
        <translation>Informe</translation>
    </message>
    <message>
        <source>Here is the report of this session. Click Copy summary to paste it into the ticket, or save the report as a file to attach it; then click Finish.</source>
        <translation>Este es el informe de esta sesión. Haga clic en Copiar resumen para pegarlo en la incidencia, o guarde el informe como archivo para adjuntarlo; después haga clic en Finalizar.</translation>
    </message>
    <message>
        <source>C&amp;opy summary</source>
        <translation>C&amp;opiar resumen</translation>
    </message>
    <message>
        <source>A short Markdown summary for the ticket, on the clipboard</source>
        <translation>Un breve resumen en Markdown para la incidencia, en el portapapeles</translation>
    </message>
    <message>
        <source>&amp;Change…</source>
        <translation>Cam&amp;biar…</translation>
    </message>
    <message>
        <source>Save as:</source>
        <translation>Guardar como:</translation>
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
        <translation>Guardar el informe como archivo %1 en la carpeta de abajo</translation>
    </message>
    <message>
        <source>Reports are saved in %1</source>
        <translation>Los informes se guardan en %1</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>No se pudo guardar %1: %2</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 guardado.</translation>
    </message>
    <message>
        <source>The summary, with personal data redacted, is on the clipboard, ready to paste into the ticket.</source>
        <translation>El resumen, con los datos personales ocultos, está en el portapapeles, listo para pegarlo en la incidencia.</translation>
    </message>
    <message>
        <source>The summary is on the clipboard, ready to paste into the ticket.</source>
        <translation>El resumen está en el portapapeles, listo para pegarlo en la incidencia.</translation>
    </message>
    <message>
        <source>Could not open %1.</source>
        <translation>No se pudo abrir %1.</translation>
    </message>
    <message>
        <source>Save reports in</source>
        <translation>Guardar los informes en</translation>
    </message>
    <message>
        <source>Open fo&amp;lder</source>
        <translation>Abrir la &amp;carpeta</translation>
    </message>
    <message>
        <source>A preview of the report of this session, as it is saved and printed.</source>
        <translation>Una vista previa del informe de esta sesión, tal como se guarda y se imprime.</translation>
    </message>
    <message>
        <source>Show the folder the reports are saved in, in the file manager</source>
        <translation>Mostrar la carpeta donde se guardan los informes, en el administrador de archivos</translation>
    </message>
    <message>
        <source>Change the folder</source>
        <translation>Cambiar la carpeta</translation>
    </message>
    <message>
        <source>Choose the folder the reports are saved in</source>
        <translation>Elegir la carpeta donde se guardan los informes</translation>
    </message>
    <message>
        <source>Save as %1</source>
        <translation>Guardar como %1</translation>
    </message>
    <message>
        <source>Preparing the report…</source>
        <translation>Preparando el informe…</translation>
    </message>
    <message>
        <source>The report is written in English, so that every help desk can read it.</source>
        <translation>El informe está escrito en inglés, para que cualquier servicio de asistencia pueda leerlo.</translation>
    </message>
    <message>
        <source>&amp;Include names and addresses (not redacted)</source>
        <translation>Inc&amp;luir nombres y direcciones (sin ocultar)</translation>
    </message>
    <message>
        <source>Show user and host names, addresses, account SIDs, e-mail addresses and network names as they are, in the preview, the summary and every saved file</source>
        <translation>Mostrar tal cual los nombres de usuario y de host, las direcciones, los SID de cuenta, las direcciones de correo y los nombres de red, en la vista previa, el resumen y cada archivo guardado</translation>
    </message>
    <message>
        <source>Redacted: user and host names, addresses, account SIDs, e-mail addresses and network names are replaced by placeholders such as &lt;host-1&gt; in the preview, the summary and every saved file.</source>
        <translation>Oculto: los nombres de usuario y de host, las direcciones, los SID de cuenta, las direcciones de correo y los nombres de red se sustituyen por marcadores como &lt;host-1&gt; en la vista previa, el resumen y cada archivo guardado.</translation>
    </message>
    <message>
        <source>Not redacted: the preview, the summary and the saved files show user and host names, addresses and network names as they are.</source>
        <translation>Sin ocultar: la vista previa, el resumen y los archivos guardados muestran tal cual los nombres de usuario y de host, las direcciones y los nombres de red.</translation>
    </message>
</context>
<context>
    <name>wsafix::SessionController</name>
    <message>
        <source>pasted outputs</source>
        <translation>salidas pegadas</translation>
    </message>
    <message>
        <source>pasted outputs of %1</source>
        <translation>salidas pegadas de %1</translation>
    </message>
    <message>
        <source>simulated machine: %1</source>
        <translation>equipo simulado: %1</translation>
    </message>
    <message>
        <source>this computer: %1</source>
        <translation>este equipo: %1</translation>
    </message>
</context>
<context>
    <name>wsafix::SnapshotList</name>
    <message>
        <source>Snapshots of this session</source>
        <translation>Instantáneas de esta sesión</translation>
    </message>
    <message>
        <source>Snapshot</source>
        <translation>Instantánea</translation>
    </message>
    <message>
        <source>Taken for</source>
        <translation>Tomada para</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Tomada</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>intact</source>
        <translation>intacta</translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation>Restaurar…</translation>
    </message>
    <message>
        <source>Restore snapshot %1</source>
        <translation>Restaurar la instantánea %1</translation>
    </message>
    <message>
        <source>none yet: each fix takes one before it changes anything</source>
        <translation>ninguna todavía: cada corrección toma una antes de cambiar nada</translation>
    </message>
    <message>
        <source>Restore snapshot?</source>
        <translation>¿Restaurar la instantánea?</translation>
    </message>
    <message>
        <source>Put the machine back as snapshot %1 found it?</source>
        <translation>¿Devolver el equipo al estado en que lo encontró la instantánea %1?</translation>
    </message>
    <message>
        <source>This undoes the fix the snapshot was taken for; a fix applied after it that changed the same settings is undone too. Every step is journaled, and a check afterwards says whether the machine matches the snapshot.</source>
        <translation>Esto deshace la corrección para la que se tomó la instantánea; una corrección aplicada después que cambió la misma configuración también se deshace. Cada paso se anota en el diario, y una comprobación posterior indica si el equipo coincide con la instantánea.</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurar</translation>
    </message>
</context>
<context>
    <name>wsafix::SocketModel</name>
    <message>
        <source>Protocol</source>
        <translation>Protocolo</translation>
    </message>
    <message>
        <source>Local address</source>
        <translation>Dirección local</translation>
    </message>
    <message>
        <source>Remote address</source>
        <translation>Dirección remota</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>PID</source>
        <translation>PID</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Programa</translation>
    </message>
</context>
<context>
    <name>wsafix::StepsPanel</name>
    <message>
        <source>Steps</source>
        <translation>Pasos</translation>
    </message>
    <message>
        <source>Step %1 of %2, current: %3</source>
        <translation>Paso %1 de %2, actual: %3</translation>
    </message>
    <message>
        <source>Step %1: %2</source>
        <translation>Paso %1: %2</translation>
    </message>
    <message>
        <source>The session could not be saved: %1</source>
        <translation>No se pudo guardar la sesión: %1</translation>
    </message>
</context>
<context>
    <name>wsafix::TcpStateChart</name>
    <message>
        <source>TCP sockets per state</source>
        <translation>Sockets TCP por estado</translation>
    </message>
    <message>
        <source>The TCP states appear here when the examination ends.</source>
        <translation>Los estados TCP aparecen aquí cuando termina el examen.</translation>
    </message>
    <message>
        <source>the whole machine</source>
        <translation>todo el equipo</translation>
    </message>
    <message>
        <source>TCP states of %1: at detect time and now</source>
        <translation>Estados TCP de %1: en detect y ahora</translation>
    </message>
    <message>
        <source>TCP states of %1 now (no examination before the fix to compare with)</source>
        <translation>Estados TCP de %1 ahora (sin examen antes de la corrección con el que comparar)</translation>
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
        <translation>Estados TCP de todo el equipo (%1; no se indicó ningún programa de destino)</translation>
    </message>
    <message>
        <source>%1 has no TCP sockets</source>
        <translation>%1 no tiene sockets TCP</translation>
    </message>
    <message>
        <source>TCP states of %1 (%2)</source>
        <translation>Estados TCP de %1 (%2)</translation>
    </message>
    <message>
        <source>now</source>
        <translation>ahora</translation>
    </message>
    <message>
        <source>sockets</source>
        <translation>sockets</translation>
    </message>
    <message>
        <source>at detect</source>
        <translation>en detect</translation>
    </message>
    <message>
        <source>%1: %2 at detect, %3 now</source>
        <translation>%1: %2 en detect, %3 ahora</translation>
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
        <translation>wsafix — modo de entrenamiento</translation>
    </message>
    <message>
        <source>Practise on a simulated computer. Pick a machine and read its story; the wizard then examines that machine. Fixes change only the simulation, and the Verify step tells you whether you chose well. Nothing on this computer changes.</source>
        <translation>Practique en un equipo simulado. Elija un equipo y lea su historia; el asistente examina después ese equipo. Las correcciones solo cambian la simulación, y el paso Verificar le dice si eligió bien. En este equipo no cambia nada.</translation>
    </message>
    <message>
        <source>Training scenarios</source>
        <translation>Escenarios de entrenamiento</translation>
    </message>
    <message>
        <source>This scenario cannot be loaded: %1</source>
        <translation>No se puede cargar este escenario: %1</translation>
    </message>
    <message>
        <source>The story of the chosen scenario</source>
        <translation>La historia del escenario elegido</translation>
    </message>
    <message>
        <source>&amp;Start training</source>
        <translation>&amp;Iniciar entrenamiento</translation>
    </message>
    <message>
        <source>Scenario: %1</source>
        <translation>Escenario: %1</translation>
    </message>
</context>
<context>
    <name>wsafix::TrainingReviewPanel</name>
    <message>
        <source>Training: right call</source>
        <translation>Entrenamiento: decisión correcta</translation>
    </message>
    <message>
        <source>Training: no fix was needed</source>
        <translation>Entrenamiento: no hacía falta ninguna corrección</translation>
    </message>
    <message>
        <source>Training: well chosen</source>
        <translation>Entrenamiento: bien elegido</translation>
    </message>
    <message>
        <source>Training: fixed, but a less invasive fix existed</source>
        <translation>Entrenamiento: corregido, pero existía una corrección menos invasiva</translation>
    </message>
    <message>
        <source>Training: not fixed</source>
        <translation>Entrenamiento: no corregido</translation>
    </message>
    <message>
        <source>Training: made worse</source>
        <translation>Entrenamiento: empeorado</translation>
    </message>
    <message>
        <source>Training: the review of your choice appears here when the check ends.</source>
        <translation>Entrenamiento: la valoración de su elección aparece aquí cuando termina la comprobación.</translation>
    </message>
    <message>
        <source>Gentler: %1.</source>
        <translation>Más suave: %1.</translation>
    </message>
</context>
<context>
    <name>wsafix::VerifyPage</name>
    <message>
        <source>&amp;Cancel check</source>
        <translation>&amp;Cancelar la comprobación</translation>
    </message>
    <message>
        <source>&amp;Check again</source>
        <translation>Comprobar de &amp;nuevo</translation>
    </message>
    <message>
        <source>Check progress</source>
        <translation>Progreso de la comprobación</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>Verificar</translation>
    </message>
    <message>
        <source>No problems found, before or after.</source>
        <translation>No se encontraron problemas, ni antes ni después.</translation>
    </message>
    <message>
        <source>TCP states at detect time and now</source>
        <translation>Estados TCP en detect y ahora</translation>
    </message>
    <message>
        <source>Changes since the first examination</source>
        <translation>Cambios desde el primer examen</translation>
    </message>
    <message>
        <source>&amp;Findings</source>
        <translation>&amp;Hallazgos</translation>
    </message>
    <message>
        <source>C&amp;onnections</source>
        <translation>C&amp;onexiones</translation>
    </message>
    <message>
        <source>&amp;TCP states</source>
        <translation>Estados &amp;TCP</translation>
    </message>
    <message>
        <source>Changes since &amp;detect</source>
        <translation>Cambios desde &amp;detect</translation>
    </message>
    <message>
        <source>Connection attempts</source>
        <translation>Intentos de conexión</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>wsafix is checking the computer again and connecting to %1:%2 %3 times. Wait for the verdict, or click Cancel.</source>
        <translation>wsafix está comprobando de nuevo el equipo y conectándose %3 veces a %1:%2. Espere el veredicto o haga clic en Cancelar.</translation>
    </message>
    <message>
        <source>wsafix is checking the computer again. Wait for the verdict, or click Cancel.</source>
        <translation>wsafix está comprobando de nuevo el equipo. Espere el veredicto o haga clic en Cancelar.</translation>
    </message>
    <message>
        <source>The comparison with the first examination appears here when the check ends.</source>
        <translation>La comparación con el primer examen aparece aquí cuando termina la comprobación.</translation>
    </message>
    <message>
        <source>Failed.</source>
        <translation>Error.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <source>Finished.</source>
        <translation>Terminado.</translation>
    </message>
    <message>
        <source>Verdict: %1</source>
        <translation>Veredicto: %1</translation>
    </message>
    <message>
        <source>The check is done. Verdict: %1. Click Next for the summary.</source>
        <translation>La comprobación ha terminado. Veredicto: %1. Haga clic en Siguiente para ver el resumen.</translation>
    </message>
    <message>
        <source>Verification details</source>
        <translation>Detalles de la verificación</translation>
    </message>
</context>
<context>
    <name>wsafix::WsafixWizard</name>
    <message>
        <source>wsafix — TRAINING — %1</source>
        <translation>wsafix — ENTRENAMIENTO — %1</translation>
    </message>
    <message>
        <source>wsafix — %1</source>
        <translation>wsafix — %1</translation>
    </message>
    <message>
        <source>Describe the error</source>
        <translation>Describir el error</translation>
    </message>
    <message>
        <source>Examine the computer</source>
        <translation>Examinar el equipo</translation>
    </message>
    <message>
        <source>Fix</source>
        <translation>Corregir</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>Verificar</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Informe</translation>
    </message>
    <message>
        <source>&lt;b&gt;TRAINING&lt;/b&gt;&lt;br&gt;%1&lt;br&gt;A simulated computer: nothing you do here changes this one.</source>
        <translation>&lt;b&gt;ENTRENAMIENTO&lt;/b&gt;&lt;br&gt;%1&lt;br&gt;Un equipo simulado: nada de lo que haga aquí cambia este.</translation>
    </message>
    <message>
        <source>Training mode: a simulated computer</source>
        <translation>Modo de entrenamiento: un equipo simulado</translation>
    </message>
    <message>
        <source>wsafix: scenario not loaded</source>
        <translation>wsafix: escenario no cargado</translation>
    </message>
    <message>
        <source>Error code: %1</source>
        <translation>Código de error: %1</translation>
    </message>
    <message>
        <source>Application: %1</source>
        <translation>Aplicación: %1</translation>
    </message>
    <message>
        <source>Target host: %1</source>
        <translation>Host de destino: %1</translation>
    </message>
    <message>
        <source>Target port: %1</source>
        <translation>Puerto de destino: %1</translation>
    </message>
    <message>
        <source>Ticket: %1</source>
        <translation>Incidencia: %1</translation>
    </message>
    <message>
        <source>(the link carries no details)</source>
        <translation>(el vínculo no contiene datos)</translation>
    </message>
    <message>
        <source>wsafix: support link</source>
        <translation>wsafix: vínculo de soporte</translation>
    </message>
    <message>
        <source>A support link was not used.</source>
        <translation>No se usó un vínculo de soporte.</translation>
    </message>
    <message>
        <source>Reason: %1.</source>
        <translation>Motivo: %1.</translation>
    </message>
    <message>
        <source>A support link arrived while wsafix is examining the computer.</source>
        <translation>Llegó un vínculo de soporte mientras wsafix examina el equipo.</translation>
    </message>
    <message>
        <source>Wait until the examination ends (or cancel it), then open the link again.</source>
        <translation>Espere a que termine el examen (o cancélelo) y vuelva a abrir el vínculo.</translation>
    </message>
    <message>
        <source>Start a new session with the details of this support link?</source>
        <translation>¿Iniciar una sesión nueva con los datos de este vínculo de soporte?</translation>
    </message>
    <message>
        <source>Replace the details on this page with those of the support link?</source>
        <translation>¿Sustituir los datos de esta página por los del vínculo de soporte?</translation>
    </message>
    <message>
        <source>

The current session stays saved.</source>
        <translation>

La sesión actual sigue guardada.</translation>
    </message>
</context>
</TS>
