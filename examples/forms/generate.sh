#!/usr/bin/env bash
# Regenerates the form fixtures from examples/forms/specs/: .xlsx, .xls, .docx (and .tsv/.csv for the
# self-assessments) with Apache POI, then each .doc as LibreOffice's conversion of the .docx.
# Needs LibreOffice for the .doc files: apt-get install -y libreoffice-writer-nogui
set -euo pipefail
cd "$(dirname "$0")/../.."
mvn -o -q -B test-compile
mvn -o -q -B exec:java -Dexec.mainClass=jixiao.forms.FixtureGenerator -Dexec.classpathScope=test
profile="$(mktemp -d)"
trap 'rm -rf "$profile"' EXIT
for docx in examples/forms/*.docx; do
  soffice -env:UserInstallation="file://$profile" --headless --convert-to doc:"MS Word 97" \
    --outdir examples/forms "$docx" >/dev/null
done
ls -l examples/forms
