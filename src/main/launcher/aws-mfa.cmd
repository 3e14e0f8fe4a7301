@rem aws-mfa: the name the Python aws-mfa runs under, kept for rc files and scripts written for it
@rem (docs/migration.md). Delete this file to keep running the Python one under this name.
@"%~dp0awsmfa.cmd" %*
