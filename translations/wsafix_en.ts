<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AnalyzeCommand</name>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n step(s) OK</source>
        <translation>
            <numerusform>%n step OK</numerusform>
            <numerusform>%n steps OK</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Findings (%n), worst first:</source>
        <translation>
            <numerusform>Findings (%n), worst first:</numerusform>
            <numerusform>Findings (%n), worst first:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DetectCommand</name>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n entry</numerusform>
            <numerusform>%n entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n layered</source>
        <translation>
            <numerusform>%n layered</numerusform>
            <numerusform>%n layered</numerusform>
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
            <numerusform>%n process</numerusform>
            <numerusform>%n processes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n adapters</source>
        <translation>
            <numerusform>%n adapter</numerusform>
            <numerusform>%n adapters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n up</source>
        <translation>
            <numerusform>%n up</numerusform>
            <numerusform>%n up</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n name resolution providers</source>
        <translation>
            <numerusform>%n name resolution provider</numerusform>
            <numerusform>%n name resolution providers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with a missing file</source>
        <translation>
            <numerusform>%n with a missing file</numerusform>
            <numerusform>%n with a missing file</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n interposers in the target process</source>
        <translation>
            <numerusform>%n interposer in the target process</numerusform>
            <numerusform>%n interposers in the target process</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n events</source>
        <translation>
            <numerusform>%n event</numerusform>
            <numerusform>%n events</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Findings (%n), worst first:</source>
        <translation>
            <numerusform>Findings (%n), worst first:</numerusform>
            <numerusform>Findings (%n), worst first:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FixJob</name>
    <message numerus="yes">
        <source>Arming the auto-revert guard (%n s)…</source>
        <translation>
            <numerusform>Arming the auto-revert guard (%n s)…</numerusform>
            <numerusform>Arming the auto-revert guard (%n s)…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>wsafix::AnalyzeDialog</name>
    <message numerus="yes">
        <source>%1, lines %2–%3: %4 — %n item(s)</source>
        <translation>
            <numerusform>%1, lines %2–%3: %4 — %n item</numerusform>
            <numerusform>%1, lines %2–%3: %4 — %n items</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>wsafix::FixDetails</name>
    <message numerus="yes">
        <source>This fix can cut the computer off the network, so the auto-revert guard watches it: unless you keep the change within %n second(s), the settings before it come back by themselves.</source>
        <translation>
            <numerusform>This fix can cut the computer off the network, so the auto-revert guard watches it: unless you keep the change within %n second, the settings before it come back by themselves.</numerusform>
            <numerusform>This fix can cut the computer off the network, so the auto-revert guard watches it: unless you keep the change within %n seconds, the settings before it come back by themselves.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>wsafix::FixPage</name>
    <message numerus="yes">
        <source>Applying %n fix(es) on %1</source>
        <translation>
            <numerusform>Applying %n fix on %1</numerusform>
            <numerusform>Applying %n fixes on %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>wsafix::KeepChangesDialog</name>
    <message numerus="yes">
        <source>The change is made. If this computer can still reach the network, keep it. Otherwise do nothing: in %n second(s) the previous settings come back by themselves.</source>
        <translation>
            <numerusform>The change is made. If this computer can still reach the network, keep it. Otherwise do nothing: in %n second the previous settings come back by themselves.</numerusform>
            <numerusform>The change is made. If this computer can still reach the network, keep it. Otherwise do nothing: in %n seconds the previous settings come back by themselves.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>wsafix::RecoveryBanner</name>
    <message numerus="yes">
        <source>%1 of %2 (snapshot %3, stopped after %n journal step(s))</source>
        <translation>
            <numerusform>%1 of %2 (snapshot %3, stopped after %n journal step)</numerusform>
            <numerusform>%1 of %2 (snapshot %3, stopped after %n journal steps)</numerusform>
        </translation>
    </message>
</context>
</TS>
