# Intune Remediations: remediation script. Runs as SYSTEM (needed: fixes exit 3 without administrator rights).
# Exit 0 = remediated (Intune then runs the detection script again), exit 1 = failed. Last line = Intune's output.
$Fix = 'remove-provider:*'         # the same settings as Detect-Wsafix.ps1
$Probes = 'catalog,adapters,events'

$module = Join-Path $env:ProgramW6432 'wsafix\fleet\WsafixFleet.psm1'
if (-not (Test-Path -LiteralPath $module)) { Write-Output 'wsafix is not installed'; exit 1 }
Import-Module $module -Force
$outcome = Invoke-WsafixRemediation -Fix $Fix -Probes $Probes
$where = if ($outcome.Report) { "; report: $($outcome.Report)" } else { '' }
Write-Output "wsafix: $($outcome.Result): $($outcome.Summary)$where"
if ($outcome.Result -eq 'Fixed' -or $outcome.Result -eq 'NothingToDo') { exit 0 }
exit 1
