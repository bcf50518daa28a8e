#!/usr/bin/env bash
# Records the API baseline that `mvn verify` checks with japicmp: the jar of each published
# library module, built from the current working tree, as api-baseline/ARTIFACT.jar, and the
# version and commit it was built from in api-baseline/BASELINE.
#
# Run it from a clean tree of the commit whose API becomes the promise (DESIGN-NOTES.md,
# "API compatibility"): after a release, or together with the version bump that accepts a
# breaking change. Extra Maven arguments pass through (e.g. record.sh -o).
set -euo pipefail
cd "$(dirname "$0")/.."

modules=(cx-core cx-json cx-text cx-micrometer cx-spark)
list=$(IFS=,; echo "${modules[*]}")

mvn -B -q "$@" -pl "$list" -am package \
    -DskipTests -Djapicmp.skip=true -Dmaven.javadoc.skip=true -Dspotless.check.skip=true

version=""
for module in "${modules[@]}"; do
    jar=$(ls "$module"/target/"$module"-*.jar | grep -v -E -- '-(tests|javadoc|sources|bundle)\.jar$')
    cp "$jar" "api-baseline/$module.jar"
    version=${jar##*/"$module"-}
    version=${version%.jar}
done

commit=$(git rev-parse --short HEAD)
dirty=$(git status --porcelain -- ':!api-baseline' | head -1)
{
    echo "version: $version"
    echo "commit: $commit${dirty:+ (with uncommitted changes)}"
    echo "modules: ${modules[*]}"
} > api-baseline/BASELINE
cat api-baseline/BASELINE
