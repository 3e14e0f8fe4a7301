@echo off
rem awsmfa launcher for Windows: finds a Java 17+ runtime and lib\awsmfa.jar beside this script's
rem directory, and starts it with the flags that suit a short-lived command-line tool.
rem Labels instead of ( ) blocks: a path such as "C:\Program Files (x86)" would end a block early.
setlocal

set "AWSMFA_JAR=%~dp0..\lib\awsmfa.jar"
if exist "%AWSMFA_JAR%" goto :find_java
set "AWSMFA_JAR=%~dp0awsmfa.jar"
if exist "%AWSMFA_JAR%" goto :find_java
echo awsmfa: cannot find awsmfa.jar in %~dp0..\lib: reinstall awsmfa. 1>&2
exit /b 1

:find_java
if not defined JAVA_HOME goto :java_on_path
if not exist "%JAVA_HOME%\bin\java.exe" goto :java_on_path
set "AWSMFA_JAVA=%JAVA_HOME%\bin\java.exe"
goto :run

:java_on_path
where /q java.exe
if errorlevel 1 goto :no_java
set "AWSMFA_JAVA=java.exe"
goto :run

:no_java
echo awsmfa: no Java runtime found: install Java 17 or later, or set JAVA_HOME. 1>&2
exit /b 1

:run
rem The cache directory, by the rule of dev.awsmfa.cache.CacheDirectory, passed on so that both
rem always name the same one; Java checks it and uses it (the reused-code guard's hashes).
rem No class-data archive: written in place by the JVM, a torn one crashes every later start
rem (docs/decisions/0002).
set "AWSMFA_CACHE="
if defined LOCALAPPDATA set "AWSMFA_CACHE=%LOCALAPPDATA%\awsmfa"
if not defined AWSMFA_CACHE if defined USERPROFILE set "AWSMFA_CACHE=%USERPROFILE%\AppData\Local\awsmfa"
set "AWSMFA_CACHE_OPT="
if defined AWSMFA_CACHE set AWSMFA_CACHE_OPT="-Dawsmfa.cache.dir=%AWSMFA_CACHE%"
rem Tier-1 JIT and the serial collector start fastest for a process that lives a fraction of a second.
"%AWSMFA_JAVA%" -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xss1m -XX:-UsePerfData %AWSMFA_CACHE_OPT% %AWSMFA_JAVA_OPTS% -jar "%AWSMFA_JAR%" %*
exit /b %ERRORLEVEL%
