#!/usr/bin/env bash
# Tests the Debian package the way a learner's machine gets it: unpacked into a temporary root,
# run with the Swift toolchain off PATH and, where a private mount namespace is allowed (root),
# with the source tree and the toolchain hidden behind empty folders. With ERFARING_TEST_DPKG=1
# (or CI=true) as root it also installs the package with dpkg -i and removes it with dpkg -r.
set -euo pipefail
deb="$1"
source_tree="$(cd "$(dirname "$0")/../.." && pwd)"
toolchain="$(dirname "$(dirname "$(command -v swift)")")"
# A toolchain installed into /usr (as in the swift images) is hidden by its runtime libraries
# alone: an empty /usr would hide bash, ldd and man too.
case "$toolchain" in /usr|/) toolchain="${toolchain%/}/lib/swift" ;; esac
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
fail() { echo "check-package: $*" >&2; exit 1; }

echo "package: $deb ($(du -h "$deb" | cut -f1))"
version="$(dpkg-deb -f "$deb" Version)"
echo "Depends: $(dpkg-deb -f "$deb" Depends)"
for library in libyaml libedit libsqlite3 libcurl; do
  dpkg-deb -f "$deb" Depends | grep -q "$library" || fail "Depends names no '$library'"
done

echo "lintian:"
lintian --fail-on error,warning --info "$deb" | tee "$work/lintian" || fail "lintian reports errors or warnings"

dpkg -x "$deb" "$work/root"

# The curriculum's folders hold exactly the source tree's files (Conversations/ may have none yet).
for folder in Curriculum Quizzes Conversations; do
  shipped="$(cd "$source_tree" && ls $folder/*.yaml 2>/dev/null || true)"
  packaged="$(cd "$work/root/usr/share/erfaring" && ls $folder/*.yaml 2>/dev/null || true)"
  [ "$shipped" = "$packaged" ] || fail "'$folder' in the package differs from the source tree: '$packaged'"
done

# The checks that run from the unpacked tree, written out so they can run in a namespace.
cat > "$work/inner.sh" <<'INNER'
set -euo pipefail
root="$1" version="$2" source_tree="$3" work="$4"
fail() { echo "check-package: $*" >&2; exit 1; }
export PATH=/usr/bin:/bin
bin="$root/usr/bin/erfaring"
share="$root/usr/share/erfaring"
! command -v swift >/dev/null || fail "swift is still on PATH"
[ "${hidden:-0}" = 0 ] || [ ! -e "$source_tree/Package.swift" ] || fail "the source tree is still visible"
cd "$work"

"$bin" --version > version.txt
[ "$(head -1 version.txt)" = "erfaring $version" ] || fail "--version says '$(head -1 version.txt)', expected 'erfaring $version'"
grep -q "^curriculum 'erfaring': .* in '$share'$" version.txt || fail "--version names another curriculum: $(cat version.txt)"

# Found on PATH, as a learner types it: argv[0] is then just 'erfaring'.
PATH="$root/usr/bin:$PATH" erfaring --version > version-path.txt
cmp -s version.txt version-path.txt || fail "erfaring found on PATH says: $(cat version-path.txt)"

"$bin" modules --format json > modules.json
expected=$(( $(ls "$share/Curriculum" | wc -l) - 1 ))
found=$(grep -c '"id"' modules.json)
[ "$found" = "$expected" ] || fail "modules lists $found modules, the installed curriculum has $expected"

"$bin" lint --strict > lint.txt 2>&1 || { cat lint.txt; fail "lint --strict fails on the installed curriculum"; }

export ERFARING_HOME="$work/home"
printf '1\nKari\navslutt\n' | "$bin" > session.txt 2>&1 || { cat session.txt; fail "the piped shell session failed"; }
grep -q "Kari" session.txt || fail "the piped session never greeted the new profile"
"$bin" profile list > profiles.txt
grep -q "Kari" profiles.txt || fail "the profile made in the session was not kept in ERFARING_HOME"

if ldd "$bin" | grep -E "swift|libFoundation|libdispatch|libBlocksRuntime|not found"; then
  fail "the installed binary needs a library from the toolchain or one that is missing"
fi

MANWIDTH=80 man -l "$root/usr/share/man/man1/erfaring.1.gz" > man.txt 2> man-errors.txt
grep -q "^NAME" man.txt && grep -q "SYNOPSIS" man.txt || fail "the man page does not render"
[ ! -s man-errors.txt ] || { cat man-errors.txt; fail "man reported problems"; }
MANWIDTH=80 man -l "$root/usr/share/man/man1/erfaring.modules.1.gz" | grep -q "modules" || fail "no page for 'modules'"

bash -c 'source "$1"; COMP_WORDS=(erfaring mod); COMP_CWORD=1; COMP_LINE="erfaring mod"; COMP_POINT=12
         _erfaring; printf "%s\n" "${COMPREPLY[@]}"' _ "$root/usr/share/bash-completion/completions/erfaring" > bash.txt
grep -qx "modules" bash.txt || fail "bash completion does not complete 'mod' to 'modules': $(cat bash.txt)"
zsh -c 'fpath=("$1" $fpath); autoload -U compinit; compinit -u -d "$2/zcompdump"; autoload -U _erfaring
        (( $+functions[_erfaring] )) && whence -w _erfaring' _ "$root/usr/share/zsh/vendor-completions" "$work" \
  > zsh.txt || fail "the zsh completion does not load"
fish -c 'source $argv[1]; complete -C "erfaring mod"' "$root/usr/share/fish/vendor_completions.d/erfaring.fish" > fish.txt
grep -q "^modules" fish.txt || fail "fish completion does not complete 'mod' to 'modules': $(cat fish.txt)"
echo "unpacked package: --version, modules, lint --strict, a piped session, ldd, man, bash/zsh/fish completion: ok"
INNER

if [ "$(id -u)" = 0 ] && unshare -m --propagation private true 2>/dev/null; then
  # Empty folders over the source tree and the toolchain, in a mount namespace of its own.
  unshare -m --propagation private env -i HOME="$work" TERM=dumb hidden=1 bash -c '
    mount -t tmpfs none "$1" && mount -t tmpfs none "$2" && shift 2 && exec bash "$@"' _ \
    "$source_tree" "$toolchain" "$work/inner.sh" "$work/root" "$version" "$source_tree" "$work"
else
  echo "check-package: not root, so the source tree stays readable; the toolchain is only off PATH" >&2
  env -i HOME="$work" TERM=dumb bash "$work/inner.sh" "$work/root" "$version" "$source_tree" "$work"
fi

if [ "$(id -u)" = 0 ] && { [ "${ERFARING_TEST_DPKG:-}" = 1 ] || [ "${CI:-}" = true ]; }; then
  ! dpkg -s erfaring >/dev/null 2>&1 || fail "erfaring is already installed here; not touching it"
  # Whatever stops the test from here on, the package does not stay installed.
  trap 'dpkg -r erfaring >/dev/null 2>&1; rm -rf "$work"' EXIT
  dpkg -i "$deb"
  dpkg -L erfaring | while read -r path; do [ -d "$path" ] || echo "$path"; done > "$work/files"
  ( cd / && env -i PATH=/usr/bin:/bin HOME="$work" ERFARING_HOME="$work/home2" erfaring --version ) \
    | grep -q "in '/usr/share/erfaring'$" || { dpkg -r erfaring; fail "the installed erfaring does not open /usr/share/erfaring"; }
  env -i PATH=/usr/bin:/bin HOME="$work" ERFARING_HOME="$work/home2" erfaring profile create Ola > /dev/null \
    || { dpkg -r erfaring; fail "the installed erfaring could not create a profile"; }
  dpkg -r erfaring
  [ -n "$(ls -A "$work/home2")" ] || fail "dpkg -r touched the learner's data"
  while read -r path; do [ ! -e "$path" ] || fail "'$path' is left after dpkg -r"; done < "$work/files"
  [ ! -e /usr/share/erfaring ] && [ ! -e /usr/share/doc/erfaring ] || fail "folders left after dpkg -r"
  ! dpkg -s erfaring >/dev/null 2>&1 || fail "dpkg still knows erfaring after dpkg -r"
  echo "dpkg -i, run, dpkg -r: ok, nothing left behind"
fi
