# Builds the Windows installer target\installer\kg-explorer-<version>.msi, on Windows (not tried yet: see
# installer\README.md). Needs JDK 17 (its jpackage), Maven 3.8+, and WiX Toolset 3.x (candle.exe and light.exe
# on PATH; jpackage of JDK 17 does not use WiX 4 or later).
#   powershell -ExecutionPolicy Bypass -File installer\windows\build-msi.ps1
$ErrorActionPreference = 'Stop'
Set-Location (Join-Path $PSScriptRoot '..\..')

foreach ($tool in 'candle.exe', 'light.exe') {
    if (-not (Get-Command $tool -ErrorAction SilentlyContinue)) {
        throw "WiX Toolset 3 ($tool) is not on PATH: install WiX 3.14 and add its bin folder to PATH."
    }
}

# The same profile as on Linux: the jlink runtime with JavaFX's Windows jars, the application image
# (kg-explorer.exe for the window, kg-explorer-cli.exe for the command line), then the .msi.
mvn -B -Pinstaller package "-Dinstaller.type=msi"
if ($LASTEXITCODE -ne 0) { exit $LASTEXITCODE }

# Smoke test: the console launcher answers without a window.
$first = (& target\installer\kg-explorer\kg-explorer-cli.exe stats | Select-Object -First 1)
if ($first -notmatch '^triples: \d+$') { throw "kg-explorer-cli stats printed '$first'" }
Write-Host "stats: $first"
Get-ChildItem target\installer\*.msi | ForEach-Object { Write-Host "built $($_.FullName)" }
