# ConfigMgr configuration item, discovery script (data type String). Compliance rule: value equals "Compliant",
# with "Run the specified remediation script when this setting is noncompliant" pointing at
# ConfigMgr-Remediation.ps1. ConfigMgr treats a non-zero exit as a script error: always exit 0.
$Fix = 'remove-provider:*'
$Probes = 'catalog,adapters,events'

$module = Join-Path $env:ProgramW6432 'wsafix\fleet\WsafixFleet.psm1'
if (-not (Test-Path -LiteralPath $module)) { Write-Output 'Compliant'; exit 0 } # nothing to manage
Import-Module $module -Force
$detection = Get-WsafixDetection -Fix $Fix -Probes $Probes
if ($detection.Status -eq 'FixApplies' -or $detection.Status -eq 'Error') { Write-Output "NonCompliant: $($detection.Summary)" }
else { Write-Output 'Compliant' }
exit 0
