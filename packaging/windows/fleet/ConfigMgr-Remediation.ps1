# ConfigMgr configuration item, remediation script: the chosen fix, only when a finding calls for it.
$Fix = 'remove-provider:*'
$Probes = 'catalog,adapters,events'

$module = Join-Path $env:ProgramW6432 'wsafix\fleet\WsafixFleet.psm1'
Import-Module $module -Force
$outcome = Invoke-WsafixRemediation -Fix $Fix -Probes $Probes
Write-Output "wsafix: $($outcome.Result): $($outcome.Summary)"
if ($outcome.Result -eq 'Fixed' -or $outcome.Result -eq 'NothingToDo') { exit 0 }
exit 1
