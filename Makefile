# Erfaring: `make run` starts the program, `make test` runs every test.
# Both install the Debian packages the build needs when they are missing.

SWIFT ?= swift
DEB_PACKAGES := libyaml-dev libsqlite3-dev libedit-dev libcurl4-openssl-dev pkg-config
# Only the tests need these: tmux for the interactive test, curl and venv for the LRS, Chromium
# to render the HTML report.
TEST_DEB_PACKAGES := tmux curl python3-venv chromium
# Only `make deb` and its test need these.
PKG_DEB_PACKAGES := dpkg-dev binutils lintian man-db bash-completion zsh fish
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
BIN = $(shell $(SWIFT) build --show-bin-path)

.PHONY: all deps test-deps pkg-deps install-debs build run test lint bench check-html clean \
	release man install uninstall deb check-package

all: build

deps:
	@$(MAKE) --no-print-directory install-debs PACKAGES="$(DEB_PACKAGES)"

test-deps:
	@$(MAKE) --no-print-directory install-debs PACKAGES="$(DEB_PACKAGES) $(TEST_DEB_PACKAGES) $(PKG_DEB_PACKAGES)"

pkg-deps:
	@$(MAKE) --no-print-directory install-debs PACKAGES="$(DEB_PACKAGES) $(PKG_DEB_PACKAGES)"

install-debs:
	@missing=""; \
	for package in $(PACKAGES); do \
	  dpkg-query -W -f='$${Status}' $$package 2>/dev/null | grep -q "install ok installed" || missing="$$missing $$package"; \
	done; \
	if [ -n "$$missing" ]; then \
	  echo "Installing Debian packages:$$missing"; \
	  $(SUDO) apt-get update -qq && $(SUDO) DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing; \
	fi

build: deps
	$(SWIFT) build

run: build
	@$(BIN)/erfaring

# A test that hangs fails the run instead of holding it.
TEST_TIMEOUT ?= 1800
# The port of the test LRS; two checkouts testing at once each need their own.
LRS_PORT ?= 8100
export ERFARING_TEST_LRS_PORT := $(LRS_PORT)
export ERFARING_TEST_RUN := $(CURDIR)

# The tests run against a real Learning Record Store (Ralph, from PyPI), started here and
# stopped afterwards whatever the outcome. Afterwards, Tests/leftovers.py fails the run if any
# process the tests started (marked by ERFARING_TEST_RUN, or naming this checkout) still runs.
test: test-deps build
	Tests/lrs/ralph.sh install
	Tests/lrs/ralph.sh start
	ERFARING_TEST_LRS=http://127.0.0.1:$(LRS_PORT) ERFARING_TEST_LRS_USER=erfaring-test \
	ERFARING_TEST_LRS_PASSWORD=erfaring-test-password ERFARING_TEST_PYTHON=$(CURDIR)/.venv-lrs/bin/python \
	timeout --foreground --kill-after=30 $(TEST_TIMEOUT) $(SWIFT) test --disable-xctest; status=$$?; Tests/lrs/ralph.sh stop; \
	if [ $$status = 124 ]; then echo "make test: the tests did not finish within $(TEST_TIMEOUT) s" >&2; fi; \
	Tests/leftovers.py "$(CURDIR)" || status=1; exit $$status
	Tests/html/check.sh
	Tests/leftovers.py "$(CURDIR)"
	$(BIN)/erfaring lint --strict
	$(MAKE) --no-print-directory check-package

lint: build
	$(BIN)/erfaring lint --strict

bench: deps
	$(SWIFT) build -c release --product erfaring-bench
	$(SWIFT) build -c release --product erfaring
	$$($(SWIFT) build -c release --show-bin-path)/erfaring-bench

# Renders the HTML report and the completion summary with headless Chromium (also part of `make test`).
check-html: test-deps
	Tests/html/check.sh

clean:
	rm -rf .build .venv-lrs .lrs erfaring_*.deb

include packaging/install.mk
