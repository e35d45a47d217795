# Erfaring: `make run` starts the program, `make test` runs every test.
# Both install the Debian packages the build needs when they are missing.

SWIFT ?= swift
DEB_PACKAGES := libyaml-dev libsqlite3-dev libedit-dev pkg-config tmux
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
BIN = $(shell $(SWIFT) build --show-bin-path)

.PHONY: all deps build run test lint bench clean

all: build

deps:
	@missing=""; \
	for package in $(DEB_PACKAGES); do \
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

test: build
	$(SWIFT) test --disable-xctest
	$(BIN)/erfaring lint --strict

lint: build
	$(BIN)/erfaring lint --strict

bench: deps
	$(SWIFT) build -c release --product erfaring-bench
	$$($(SWIFT) build -c release --show-bin-path)/erfaring-bench

clean:
	rm -rf .build
