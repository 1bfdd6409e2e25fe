; Provisioning for the Windows installer: copies a manager's provision.json to %ProgramData%\LoyaltyDesk\provision.json,
; where the app reads it at start. electron-builder includes this file into its NSIS script (nsis.include).
;
;   LoyaltyDesk-Setup-1.2.3.exe /S /PROVISION=C:\deploy\store-17.json   the file given (a relative path is taken from
;                                                                        the installer's own folder)
;   LoyaltyDesk-Setup-1.2.3.exe /S                                       provision.json beside the installer, if any
;
; Without either, nothing is copied and a provisioning file already in %ProgramData% stays as it was: an update run by
; the app itself never carries one, and must not wipe the terminal's settings.

!include "LogicLib.nsh"
!include "FileFunc.nsh"

; The uninstaller is compiled from the same script; the installer-only pieces stay out of it (NSIS warns on unused
; variables, and electron-builder treats warnings as errors).
!ifndef BUILD_UNINSTALLER

Var provisionSource

!macro customInit
  StrCpy $provisionSource ""
  ${GetParameters} $R0
  ClearErrors
  ${GetOptions} $R0 "/PROVISION=" $R1
  ${IfNot} ${Errors}
    ; .onInit has already moved the working folder to $INSTDIR, so a relative path could only mean the installer's folder.
    StrCpy $R2 $R1 1 1
    StrCpy $R3 $R1 2
    ${If} $R2 != ":"
    ${AndIf} $R3 != "\\"
      StrCpy $R1 "$EXEDIR\$R1"
    ${EndIf}
    ${IfNot} ${FileExists} $R1
      ; A manager who named a provisioning file wants it, or no install at all: a terminal set up half-way is worse.
      MessageBox MB_OK|MB_ICONSTOP "Provisioning file not found: $R1" /SD IDOK
      SetErrorLevel 2
      Quit
    ${EndIf}
    StrCpy $provisionSource $R1
  ${ElseIf} ${FileExists} "$EXEDIR\provision.json"
    StrCpy $provisionSource "$EXEDIR\provision.json"
  ${EndIf}
!macroend

!macro customInstall
  ${If} $provisionSource != ""
    ReadEnvStr $R0 "PROGRAMDATA"
    CreateDirectory "$R0\LoyaltyDesk"
    ; ProgramData lets any user add files to a new folder; a provisioning file decides which server the terminal trusts,
    ; so only SYSTEM and Administrators may change it, and Users (the cashier's account, which runs the app) only read it.
    nsExec::ExecToLog 'icacls "$R0\LoyaltyDesk" /inheritance:r /grant:r *S-1-5-18:(OI)(CI)F *S-1-5-32-544:(OI)(CI)F *S-1-5-32-545:(OI)(CI)RX'
    Pop $R1
    ${If} $R1 != 0
      DetailPrint "icacls could not restrict $R0\LoyaltyDesk (exit code $R1)"
    ${EndIf}
    ClearErrors
    CopyFiles /SILENT $provisionSource "$R0\LoyaltyDesk\provision.json"
    ${If} ${Errors}
      MessageBox MB_OK|MB_ICONSTOP "Could not copy the provisioning file to $R0\LoyaltyDesk" /SD IDOK
      SetErrorLevel 2
    ${Else}
      DetailPrint "Provisioning file copied to $R0\LoyaltyDesk\provision.json"
    ${EndIf}
  ${EndIf}
!macroend

!endif
