# WsafixFleet: runs wsafix.exe for endpoint managers (Intune Remediations, ConfigMgr configuration items, RMM
# agents) silently: no window, no prompt, stdin closed, a time limit, the exit code of the command-line contract
# (0 fine, 1 problems found / verification failed, 2 bad input or usage, 3 needs elevation, 4 internal error).
# Installed by the wsafix installer next to wsafix.exe; the Intune and ConfigMgr scripts beside it import it.
# Written for Windows PowerShell 5.1 and PowerShell 7. Not run on Windows by the project's CI (see README.md).

Set-StrictMode -Version 3.0

# Fleet runs keep their sessions and reports out of the SYSTEM profile, where nobody looks for them.
$script:DefaultStateDir = Join-Path $env:ProgramData 'wsafix\fleet'
$script:DefaultReportDir = Join-Path $env:ProgramData 'wsafix\reports'

function Find-Wsafix {
    <# The installed wsafix.exe. Intune may run scripts in 32-bit PowerShell, where $env:ProgramFiles is the
       x86 folder: the 64-bit Program Files comes from ProgramW6432. #>
    [CmdletBinding()]
    param()
    $roots = @($env:ProgramW6432, $env:ProgramFiles) | Where-Object { $_ } | Select-Object -Unique
    foreach ($root in $roots) {
        $candidate = Join-Path $root 'wsafix\bin\wsafix.exe'
        if (Test-Path -LiteralPath $candidate -PathType Leaf) { return $candidate }
    }
    return $null
}

function Initialize-WsafixDirectory {
    <# Creates DIR for SYSTEM and Administrators only. ProgramData lets users create files: a user who could
       write in the fleet state directory could plant a snapshot that a SYSTEM run would later restore. #>
    [CmdletBinding()]
    param([Parameter(Mandatory)][string]$Path)
    New-Item -ItemType Directory -Force -Path $Path | Out-Null
    $acl = New-Object System.Security.AccessControl.DirectorySecurity
    $acl.SetAccessRuleProtection($true, $false) # no inherited entries
    foreach ($sid in 'S-1-5-18', 'S-1-5-32-544') { # LocalSystem, BUILTIN\Administrators
        $identity = New-Object System.Security.Principal.SecurityIdentifier($sid)
        $acl.AddAccessRule((New-Object System.Security.AccessControl.FileSystemAccessRule(
            $identity, 'FullControl', 'ContainerInherit,ObjectInherit', 'None', 'Allow')))
    }
    Set-Acl -LiteralPath $Path -AclObject $acl
}

function Invoke-WsafixCli {
    <# Runs wsafix.exe with an argument list (each argument quoted for CommandLineToArgvW), no window, stdin
       closed, stdout and stderr captured; kills only this process when it exceeds the time limit. #>
    [CmdletBinding()]
    param(
        [Parameter(Mandatory)][string]$Exe,
        [Parameter(Mandatory)][string[]]$Arguments,
        [int]$TimeoutSeconds = 600
    )
    $quoted = foreach ($a in $Arguments) {
        if ($a -notmatch '[\s"]' -and $a -ne '') { $a }
        else { '"' + ($a -replace '(\\*)"', '$1$1\"' -replace '(\\+)$', '$1$1') + '"' }
    }
    $psi = New-Object System.Diagnostics.ProcessStartInfo
    $psi.FileName = $Exe
    $psi.Arguments = $quoted -join ' '
    $psi.UseShellExecute = $false
    $psi.CreateNoWindow = $true
    $psi.RedirectStandardInput = $true
    $psi.RedirectStandardOutput = $true
    $psi.RedirectStandardError = $true
    $psi.StandardOutputEncoding = [System.Text.Encoding]::UTF8
    $psi.StandardErrorEncoding = [System.Text.Encoding]::UTF8
    $process = [System.Diagnostics.Process]::Start($psi)
    $process.StandardInput.Close() # nothing can wait for an answer that never comes
    $stdout = $process.StandardOutput.ReadToEndAsync()
    $stderr = $process.StandardError.ReadToEndAsync()
    if (-not $process.WaitForExit($TimeoutSeconds * 1000)) {
        $process.Kill()
        $process.WaitForExit()
        return [pscustomobject]@{ ExitCode = 4; Out = $stdout.Result; Err = "timed out after $TimeoutSeconds s" }
    }
    $process.WaitForExit() # flushes the asynchronous reads
    [pscustomobject]@{ ExitCode = $process.ExitCode; Out = $stdout.Result; Err = $stderr.Result.Trim() }
}

function Get-WsafixDetection {
    <# `wsafix detect --json` and what it means for one chosen fix: Status is NoFindings, FixApplies (a finding
       recommends the fix), OtherFindings (findings, but none the fix addresses) or Error. #>
    [CmdletBinding()]
    param(
        [Parameter(Mandatory)][string]$Fix,
        [string]$Probes = 'catalog,adapters,events',
        [string]$Process,
        [string]$TargetHost,
        [int]$TargetPort = 0,
        [string]$StateDir = $script:DefaultStateDir
    )
    $exe = Find-Wsafix
    if (-not $exe) { return [pscustomobject]@{ Status = 'Error'; Summary = 'wsafix is not installed'; Findings = @() } }
    Initialize-WsafixDirectory -Path $StateDir
    $arguments = @('--state-dir', $StateDir, 'detect', '--json', '--probes', $Probes)
    if ($Process) { $arguments += @('--process', $Process) }
    if ($TargetHost -and $TargetPort) { $arguments += @('--host', $TargetHost, '--port', "$TargetPort") }
    $run = Invoke-WsafixCli -Exe $exe -Arguments $arguments
    if ($run.ExitCode -ne 0 -and $run.ExitCode -ne 1) {
        return [pscustomobject]@{ Status = 'Error'; Summary = "wsafix detect exit $($run.ExitCode): $($run.Err)"; Findings = @() }
    }
    try { $doc = $run.Out | ConvertFrom-Json } catch {
        return [pscustomobject]@{ Status = 'Error'; Summary = "wsafix detect printed no JSON: $($run.Err)"; Findings = @() }
    }
    $findings = @($doc.findings)
    $matching = @($findings | Where-Object { $_.fixes -contains $Fix -or ($Fix.EndsWith('*') -and @($_.fixes | Where-Object { $_ -like $Fix }).Count) })
    $ids = ($findings | ForEach-Object { "$($_.id) ($($_.severity))" }) -join ', '
    if ($findings.Count -eq 0) { $status = 'NoFindings'; $summary = 'no findings' }
    elseif ($matching.Count) { $status = 'FixApplies'; $summary = "$Fix applies: $ids" }
    else { $status = 'OtherFindings'; $summary = "findings that $Fix does not address: $ids" }
    [pscustomobject]@{ Status = $status; Summary = $summary; Findings = $findings; Matching = $matching }
}

function Invoke-WsafixRemediation {
    <# Detects again (a fresh session), applies the chosen fix with --yes only when a finding calls for it,
       then writes a redacted JSON report. Returns Result (Fixed, NothingToDo, Failed, NeedsElevation, Error),
       a one-line Summary and the report's path. The fix id is one of `wsafix detect`'s recommended fixes, e.g.
       winsock-reset or remove-provider:1010 (a trailing * matches the first recommended fix of that kind). #>
    [CmdletBinding()]
    param(
        [Parameter(Mandatory)][string]$Fix,
        [string]$Probes = 'catalog,adapters,events',
        [string]$StateDir = $script:DefaultStateDir,
        [string]$ReportDir = $script:DefaultReportDir
    )
    $detection = Get-WsafixDetection -Fix $Fix -Probes $Probes -StateDir $StateDir
    if ($detection.Status -eq 'Error') { return [pscustomobject]@{ Result = 'Error'; Summary = $detection.Summary; Report = $null } }
    if ($detection.Status -ne 'FixApplies') { return [pscustomobject]@{ Result = 'NothingToDo'; Summary = $detection.Summary; Report = $null } }
    $fixId = $Fix
    if ($Fix.EndsWith('*')) { $fixId = @($detection.Matching[0].fixes | Where-Object { $_ -like $Fix })[0] }
    $exe = Find-Wsafix
    $run = Invoke-WsafixCli -Exe $exe -Arguments @('--state-dir', $StateDir, 'fix', $fixId, '--yes', '--json')
    $result = switch ($run.ExitCode) { 0 { 'Fixed' } 1 { 'Failed' } 3 { 'NeedsElevation' } default { 'Error' } }
    Initialize-WsafixDirectory -Path $ReportDir
    $report = Join-Path $ReportDir ("{0}-{1:yyyyMMdd-HHmmss}.json" -f $env:COMPUTERNAME, (Get-Date))
    $written = Invoke-WsafixCli -Exe $exe -Arguments @('--state-dir', $StateDir, 'report', '--last', '--format', 'json', '--redact', '-o', $report)
    if ($written.ExitCode -ne 0) { $report = $null }
    $detail = if ($run.Err) { ": $($run.Err)" } else { '' }
    [pscustomobject]@{ Result = $result; Summary = "wsafix fix $fixId exit $($run.ExitCode)$detail"; Report = $report }
}

Export-ModuleMember -Function Find-Wsafix, Initialize-WsafixDirectory, Invoke-WsafixCli, Get-WsafixDetection, Invoke-WsafixRemediation
