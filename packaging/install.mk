# `make install`, `make uninstall`, `make deb` and the test of the package (see docs/installing.md).

# The version is written once, in ErfaringCommand.swift; the package takes it from there.
VERSION := $(shell sed -n 's/.*static let version = "\(.*\)"/\1/p' Sources/ErfaringCLI/ErfaringCommand.swift)
ARCH := $(shell dpkg --print-architecture 2>/dev/null)
PREFIX ?= /usr/local
DESTDIR ?=
# zsh reads vendor completions from /usr/share/zsh/vendor-completions on Debian and from
# site-functions under any other prefix.
ZSH_COMPLETIONS = $(if $(filter /usr,$(PREFIX)),$(PREFIX)/share/zsh/vendor-completions,$(PREFIX)/share/zsh/site-functions)
# The Swift runtime and Foundation linked in, so no toolchain is needed to run it; the static
# FoundationNetworking needs curl named at link time.
RELEASE_FLAGS := -c release --static-swift-stdlib -Xlinker -lcurl
RELEASE_BIN = $(shell $(SWIFT) build -c release --show-bin-path)
STAGE := .build/package
# The man pages' date: the last commit's, so a rebuild of the same commit gives the same pages.
MAN_DATE := $(shell git log -1 --format=%cs 2>/dev/null || date +%F)
DEB := erfaring_$(VERSION)_$(ARCH).deb
# Everything `make install` puts under $(PREFIX), for `make uninstall`.
INSTALLED = bin/erfaring share/erfaring share/doc/erfaring share/bash-completion/completions/erfaring \
	share/fish/vendor_completions.d/erfaring.fish share/man/man1/erfaring.1.gz share/man/man1/erfaring.*.1.gz

release: deps
	$(SWIFT) build $(RELEASE_FLAGS) --product erfaring

# The man pages (one per command) come from swift-argument-parser's generate-manual plugin. The
# plugin runs its tool on every executable of the package and stops at erfaring-bench, which is no
# ArgumentParser command, so after the plugin has built its tool, that tool is run on erfaring.
# In debug mode: the plugin's default, release, would relink the release binary without the
# static Swift runtime.
MANUAL_TOOL = $(BIN)/generate-manual-tool
man: build
	rm -rf $(STAGE)/man && mkdir -p $(STAGE)/man
	$(SWIFT) package --disable-sandbox plugin generate-manual --configuration debug > $(STAGE)/generate-manual.log 2>&1 || true
	test -x $(MANUAL_TOOL) || { cat $(STAGE)/generate-manual.log; exit 1; }
	$(MANUAL_TOOL) $(BIN)/erfaring --multi-page --authors "The Erfaring authors" --date $(MAN_DATE) \
	  --output-directory $(STAGE)/man
	sed -i 's/^$$/.Pp/' $(STAGE)/man/*.1
	gzip -9n $(STAGE)/man/*.1

install: man release
	@$(CHECK_PREFIX)
	# An update replaces the curriculum as a whole: a module file left from an older version
	# would make the course fail its checks.
	rm -rf $(DESTDIR)$(PREFIX)/share/erfaring/Curriculum $(DESTDIR)$(PREFIX)/share/erfaring/Quizzes \
	  $(DESTDIR)$(PREFIX)/share/erfaring/Conversations
	install -d $(DESTDIR)$(PREFIX)/bin $(DESTDIR)$(PREFIX)/share/erfaring/Curriculum \
	  $(DESTDIR)$(PREFIX)/share/erfaring/Quizzes $(DESTDIR)$(PREFIX)/share/man/man1 \
	  $(DESTDIR)$(PREFIX)/share/doc/erfaring $(DESTDIR)$(PREFIX)/share/bash-completion/completions \
	  $(DESTDIR)$(ZSH_COMPLETIONS) $(DESTDIR)$(PREFIX)/share/fish/vendor_completions.d
	install -m 755 $(RELEASE_BIN)/erfaring $(DESTDIR)$(PREFIX)/bin/erfaring
	strip --strip-unneeded --remove-section=.comment --remove-section=.note $(DESTDIR)$(PREFIX)/bin/erfaring
	install -m 644 Curriculum/*.yaml $(DESTDIR)$(PREFIX)/share/erfaring/Curriculum/
	install -m 644 Quizzes/*.yaml $(DESTDIR)$(PREFIX)/share/erfaring/Quizzes/
	# Conversations are optional per module; without any, no empty folder is installed.
	for file in Conversations/*.yaml; do [ ! -e "$$file" ] || install -D -m 644 -t $(DESTDIR)$(PREFIX)/share/erfaring/Conversations "$$file"; done
	install -m 644 $(STAGE)/man/*.1.gz $(DESTDIR)$(PREFIX)/share/man/man1/
	install -m 644 README.md docs/installing.md $(DESTDIR)$(PREFIX)/share/doc/erfaring/
	install -m 644 packaging/copyright $(DESTDIR)$(PREFIX)/share/doc/erfaring/copyright
	$(RELEASE_BIN)/erfaring --generate-completion-script bash | sed '1{/^#!/d}' > $(STAGE)/erfaring.bash
	$(RELEASE_BIN)/erfaring --generate-completion-script zsh > $(STAGE)/_erfaring
	$(RELEASE_BIN)/erfaring --generate-completion-script fish > $(STAGE)/erfaring.fish
	install -m 644 $(STAGE)/erfaring.bash $(DESTDIR)$(PREFIX)/share/bash-completion/completions/erfaring
	install -m 644 $(STAGE)/_erfaring $(DESTDIR)$(ZSH_COMPLETIONS)/_erfaring
	install -m 644 $(STAGE)/erfaring.fish $(DESTDIR)$(PREFIX)/share/fish/vendor_completions.d/erfaring.fish

# Installing and removing only under an absolute prefix: an empty or relative one would touch
# whatever folder the shell is in (or $HOME).
CHECK_PREFIX = case "$(DESTDIR)$(PREFIX)" in /?*) ;; *) echo "PREFIX (with DESTDIR) must be an absolute path, not '$(DESTDIR)$(PREFIX)'" >&2; exit 1;; esac

uninstall:
	@$(CHECK_PREFIX)
	cd "$(DESTDIR)$(PREFIX)" && rm -rf $(INSTALLED) $(ZSH_COMPLETIONS:$(PREFIX)/%=%)/_erfaring

# A Debian package of `make install PREFIX=/usr`; Depends: comes from the binary (dpkg-shlibdeps).
deb: pkg-deps
	rm -rf $(STAGE)/deb && mkdir -p $(STAGE)/deb/root/DEBIAN $(STAGE)/deb/debian
	$(MAKE) --no-print-directory install PREFIX=/usr DESTDIR=$(CURDIR)/$(STAGE)/deb/root
	sed 's/@VERSION@/$(VERSION)/' packaging/changelog | gzip -9n > $(STAGE)/deb/root/usr/share/doc/erfaring/changelog.gz
	install -d $(STAGE)/deb/root/usr/share/lintian/overrides
	install -m 644 packaging/lintian-overrides $(STAGE)/deb/root/usr/share/lintian/overrides/erfaring
	printf 'Source: erfaring\n\nPackage: erfaring\nArchitecture: any\n' > $(STAGE)/deb/debian/control
	cd $(STAGE)/deb && dpkg-shlibdeps -O -e root/usr/bin/erfaring | sed -n 's/^shlibs:Depends=//p' > depends
	test -s $(STAGE)/deb/depends
	sed -e 's/@VERSION@/$(VERSION)/' -e 's/@ARCH@/$(ARCH)/' \
	  -e "s/@DEPENDS@/$$(cat $(STAGE)/deb/depends)/" \
	  -e "s/@SIZE@/$$(du -sk --exclude=DEBIAN $(STAGE)/deb/root | cut -f1)/" packaging/control > $(STAGE)/deb/root/DEBIAN/control
	dpkg-deb --root-owner-group -Zxz --build $(STAGE)/deb/root $(DEB)
	@echo "Built $(DEB): $$(du -h $(DEB) | cut -f1)"

# The package's test, then `make install` into a staging DESTDIR and `make uninstall` leaving no file.
check-package: deb
	Tests/package/check.sh $(CURDIR)/$(DEB)
	rm -rf $(STAGE)/destdir
	$(MAKE) --no-print-directory install PREFIX=/usr/local DESTDIR=$(CURDIR)/$(STAGE)/destdir > $(STAGE)/install.log
	test -x $(STAGE)/destdir/usr/local/bin/erfaring
	test -f $(STAGE)/destdir/usr/local/share/erfaring/Curriculum/course.yaml
	test -f $(STAGE)/destdir/usr/local/share/zsh/site-functions/_erfaring
	$(STAGE)/destdir/usr/local/bin/erfaring --version | grep -q "in '$(CURDIR)/$(STAGE)/destdir/usr/local/share/erfaring'$$"
	$(MAKE) --no-print-directory uninstall PREFIX=/usr/local DESTDIR=$(CURDIR)/$(STAGE)/destdir
	test -z "$$(find $(STAGE)/destdir -type f)" || { find $(STAGE)/destdir -type f; echo "make uninstall left files" >&2; exit 1; }
	@echo "make install and make uninstall: ok, nothing left behind"
