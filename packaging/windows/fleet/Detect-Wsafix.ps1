# Intune Remediations: detection script. Exit 1 = "issue found, run the remediation script", exit 0 = no issue.
# Intune shows the last line of output in its "pre-remediation detection output" column.
# Settings (Intune passes no parameters): the fix this remediation applies, and the probes to run.
$Fix = 'remove-provider:*'         # or 'winsock-reset', ... : one of the fixes `wsafix detect` recommends
$Probes = 'catalog,adapters,events'

$module = Join-Path $env:ProgramW6432 'wsafix\fleet\WsafixFleet.psm1'
if (-not (Test-Path -LiteralPath $module)) { Write-Output 'wsafix is not installed'; exit 0 }
Import-Module $module -Force
$detection = Get-WsafixDetection -Fix $Fix -Probes $Probes
Write-Output "wsafix: $($detection.Summary)"
# An error is an issue too: the remediation script detects again and reports the error as a failed remediation,
# so a broken setup shows up in Intune instead of passing as "without issues".
if ($detection.Status -eq 'FixApplies' -or $detection.Status -eq 'Error') { exit 1 }
exit 0
