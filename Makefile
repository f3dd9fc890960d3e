# attnspec: the whole pipeline.  `make help` lists the targets.
#
#   .nw --notangle--> build/*.c --cc--> build/bin/<check> --run--> data/ --gnuplot--> figures/
#   .nw --noweave---> build/woven/body.tex --pdflatex/bibtex--> paper/attnspec.pdf
#
# Every arrow is a rule on files; every output is written to a temporary file and renamed into place.

SHELL := /bin/bash
.SHELLFLAGS := -eu -o pipefail -c
.DELETE_ON_ERROR:
.SUFFIXES:
MAKEFLAGS += --no-builtin-rules
ifeq ($(MAKELEVEL),0)
  MAKEFLAGS += -j$(shell nproc 2>/dev/null || echo 2)
endif
.SECONDARY:
.DEFAULT_GOAL := all

# One BLAS thread per experiment; Make runs experiments side by side instead.
# BLAS_THREADS=2 is only for the reproducibility check across thread counts.
BLAS_THREADS ?= 1
export OPENBLAS_NUM_THREADS := $(BLAS_THREADS)
export OMP_NUM_THREADS := $(BLAS_THREADS)
export LC_ALL := C

# Provenance, fixed per commit so that two clean runs give identical bytes.
GIT_COMMIT := $(shell git describe --always --dirty 2>/dev/null || echo unknown)
SOURCE_DATE_EPOCH ?= $(shell git log -1 --format=%ct 2>/dev/null || echo 0)
export SOURCE_DATE_EPOCH
export FORCE_SOURCE_DATE := 1
export ASP_GIT_COMMIT := $(GIT_COMMIT)

# QUICK=1 runs every experiment at reduced size through the same code, into build/quick/.
QUICK ?= 0
ifeq ($(QUICK),1)
  DATA := build/quick/data
  FIGS := build/quick/figures
  ARGS_KIND := quick
  PDF := build/quick/attnspec.pdf
  LATEXDIR := build/quick/latex
else
  DATA := data
  FIGS := figures
  ARGS_KIND := full
  PDF := paper/attnspec.pdf
  LATEXDIR := build/latex
endif

CC      ?= cc
CFLAGS  ?= -O2
override CFLAGS += -std=c11 -fopenmp-simd -D_XOPEN_SOURCE=700 -Wall -Wextra -Werror -Wshadow -Wpointer-arith \
           -Wstrict-prototypes -Wmissing-prototypes -Wvla -Wformat=2 -Ibuild
LDLIBS  := -lgsl -llapacke -lopenblas -lfftw3 -lm

# ---------------------------------------------------------------------------------------------
# Debian packages.  Installed when run as root; otherwise the exact command is printed.
# ---------------------------------------------------------------------------------------------
DEBIAN_PACKAGES := gcc make libgsl-dev libfftw3-dev libopenblas-dev liblapacke-dev noweb gnuplot-nox \
                   texlive-latex-base texlive-latex-recommended texlive-latex-extra \
                   texlive-fonts-recommended poppler-utils perl git
# command-or-file that proves each package present, in the same order
DEPS_PROBES := gcc make /usr/include/gsl/gsl_rng.h /usr/include/fftw3.h /usr/include/x86_64-linux-gnu/cblas.h \
               /usr/include/lapacke.h notangle gnuplot pdflatex /usr/share/texmf/tex/plain/misc/noweb.sty \
               longtable.sty booktabs.sty helvet.sty pdftoppm prove git

build/.deps-ok: Makefile
	@mkdir -p build; missing=""; probes=($(DEPS_PROBES)); pkgs=($(DEBIAN_PACKAGES)); \
	for i in "$${!probes[@]}"; do p=$${probes[$$i]}; \
	  case $$p in /*) [ -e $$p ] && continue;; *.sty) kpsewhich $$p >/dev/null 2>&1 && continue;; \
	                *) command -v $$p >/dev/null 2>&1 && continue;; esac; \
	  missing="$$missing $${pkgs[$$i]}"; done; \
	if [ -n "$$missing" ]; then \
	  if [ "$$(id -u)" = 0 ]; then echo "installing Debian packages:$$missing"; \
	    apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q $(DEBIAN_PACKAGES); \
	  else echo "attnspec needs Debian packages; run as root:"; \
	    echo "  apt-get update && apt-get install -y $(DEBIAN_PACKAGES)"; exit 1; fi; fi; \
	touch $@

deps: build/.deps-ok ## install (as root) or name the missing Debian packages

# ---------------------------------------------------------------------------------------------
# Sources.  Library modules in src/, one literate check per file in proofs_numerics/, the checks
# ordered by the `%position N` line each declares.
# ---------------------------------------------------------------------------------------------
MODULES := $(sort $(basename $(notdir $(wildcard src/*.nw))))
CHECKS  := $(shell for f in proofs_numerics/*.nw; do [ -e "$$f" ] || continue; \
             p=$$(sed -n 's/^%position[[:space:]]*\([0-9][0-9]*\).*/\1/p' "$$f" | head -n1); \
             echo "$${p:-999} $$(basename "$$f" .nw)"; done | sort -n -k1,1 -k2,2 | cut -d' ' -f2)
CHECK_NW := $(CHECKS:%=proofs_numerics/%.nw)
TESTS   := $(sort $(basename $(notdir $(wildcard tests/*.c))))
TEST_SCRIPTS := $(sort $(wildcard tests/*.sh))

LIB_HEADERS := $(MODULES:%=build/%.h)
LIB_OBJECTS := $(MODULES:%=build/obj/%.o)
LIB         := build/libattnspec.a

# Tangling: one stamp per .nw, every root copied through cpif so that an unchanged root keeps its
# time stamp and nothing downstream of it is rebuilt.  The roots of each file are checked against
# what its kind must define, so a misspelt chunk cannot vanish silently.
build/stamps/%.tangled: src/%.nw | build/.deps-ok
	@mkdir -p build/stamps build/args
	@roots=$$(noroots $< | sed 's/^<<\(.*\)>>$$/\1/' | sort | tr '\n' ' '); \
	want="$*.c $*.h "; [ "$$roots" = "$$want" ] || \
	  { echo "$<: roots are '$$roots', expected '$$want'" >&2; exit 1; }
	notangle -L -R$*.c $< | cpif build/$*.c
	notangle -L -R$*.h $< | cpif build/$*.h
	@touch $@

build/stamps/%.tangled: proofs_numerics/%.nw | build/.deps-ok
	@mkdir -p build/stamps build/args build/gp build/mk
	@noroots $< | sed 's/^<<\(.*\)>>$$/\1/' | while IFS= read -r r; do \
	  case "$$r" in $*.c|$*-*.gp|$*-*.full.args|$*-*.quick.args) ;; \
	  *) echo "$<: unexpected root <<$$r>> (roots are $*.c, $*-NAME.gp, $*-NAME.full.args, $*-NAME.quick.args)" >&2; exit 1;; esac; done
	@noroots $< | grep -qx '<<$*.c>>' || { echo "$<: no root <<$*.c>>" >&2; exit 1; }
	notangle -L -R$*.c $< | cpif build/$*.c
	@noroots $< | sed -n 's/^<<\(.*\.gp\)>>$$/\1/p' | while IFS= read -r r; do notangle -R"$$r" $< | cpif build/gp/"$$r"; done
	@noroots $< | sed -n 's/^<<\(.*\.args\)>>$$/\1/p' | while IFS= read -r r; do notangle -R"$$r" $< | cpif build/args/"$$r"; done
	@touch $@

# A tangled file is up to date when its stamp is; the empty recipe lets Make re-read its time.
$(MODULES:%=build/%.c): build/%.c: build/stamps/%.tangled ;
$(MODULES:%=build/%.h): build/%.h: build/stamps/%.tangled ;
$(CHECKS:%=build/%.c): build/%.c: build/stamps/%.tangled ;

# The benchmark (bench/bench.nw): a program and its numpy side, outside the paper's data pipeline.
build/stamps/bench.tangled: bench/bench.nw | build/.deps-ok
	@mkdir -p build/stamps
	notangle -L -Rbench.c $< | cpif build/bench.c
	notangle -Rnumpy-bench.py $< | cpif build/numpy-bench.py
	@touch $@
build/bench.c build/numpy-bench.py: build/stamps/bench.tangled ;

# Per-check make fragment: which experiments (args roots) and figures (gp roots) a check has.
build/mk/%.mk: proofs_numerics/%.nw | build/.deps-ok
	@mkdir -p build/mk
	@{ echo "$*_EXPERIMENTS := $$(noroots $< | sed -n 's/^<<$*-\(.*\)\.full\.args>>$$/$*-\1/p' | sort | tr '\n' ' ')"; \
	   echo "$*_FIGURES := $$(noroots $< | sed -n 's/^<<\(.*\)\.gp>>$$/\1/p' | sort | tr '\n' ' ')"; } > $@.tmp
	@mv $@.tmp $@
ifneq ($(filter-out help clean distclean deps new-check,$(MAKECMDGOALS))$(if $(MAKECMDGOALS),,all),)
include $(CHECKS:%=build/mk/%.mk)
endif

# ---------------------------------------------------------------------------------------------
# Compiling.
# ---------------------------------------------------------------------------------------------
build/obj/%.o: build/%.c $(LIB_HEADERS)
	@mkdir -p build/obj
	$(CC) $(CFLAGS) -c $< -o $@.tmp && mv $@.tmp $@

$(LIB): $(LIB_OBJECTS)
	rm -f $@.tmp; ar rcs $@.tmp $^; mv $@.tmp $@

build/bin/%: build/obj/%.o $(LIB)
	@mkdir -p build/bin
	$(CC) $(CFLAGS) $< $(LIB) $(LDLIBS) -o $@.tmp; mv $@.tmp $@

# Experiments depend on a program's content, not its time stamp: notangle -L line directives change
# the C file when only prose moves, but not the program's bytes, and a prose edit must not rerun a sweep.
# The stamp records that the sum was checked after the program was last linked; the sum itself changes
# only with the program's bytes, so after a prose-only edit the experiments do not rerun, and the next
# `make` does not check the sum again.
build/sums/%.checked: build/bin/%
	@mkdir -p build/sums; sha256sum $< | cut -d' ' -f1 | cpif build/sums/$*.sum; touch $@
build/sums/%.sum: build/sums/%.checked ;

build/obj/test-%.o: tests/%.c tests/tap.h $(LIB_HEADERS)
	@mkdir -p build/obj
	$(CC) $(CFLAGS) -Wno-unused-function -c $< -o $@.tmp && mv $@.tmp $@

build/tests/bin/%: build/obj/test-%.o $(LIB)
	@mkdir -p build/tests/bin
	$(CC) $(CFLAGS) $< $(LIB) $(LDLIBS) -o $@.tmp; mv $@.tmp $@

# ---------------------------------------------------------------------------------------------
# Experiments: one run of a check's program per args root; it writes <exp>.dat (and any further
# <exp>-*.dat), then <exp>.tex (macros) and ledger/<exp>.tsv last, each atomically.
# ---------------------------------------------------------------------------------------------
# Experiments that take minutes are listed first, so that make -j starts them first and the short ones
# fill the other core at the end (measured: 10 min 15 s against 10 min 17 s from clean, so the idle tail
# was small already).  Ledger rows and the paper keep the checks' own order; only the schedule changes.
LONG_EXPERIMENTS := normalizer-sweep gaussian-equivalence-large gaussian-equivalence-threshold \
                    gaussian-equivalence-moments gaussian-equivalence-sizes rank-collapse-width \
                    ols-attention-stability
ALL_EXPERIMENTS := $(foreach c,$(CHECKS),$($(c)_EXPERIMENTS))
EXPERIMENTS := $(filter $(LONG_EXPERIMENTS),$(ALL_EXPERIMENTS)) $(filter-out $(LONG_EXPERIMENTS),$(ALL_EXPERIMENTS))
FIGURES     := $(foreach c,$(CHECKS),$($(c)_FIGURES))
check_of     = $(firstword $(foreach c,$(CHECKS),$(if $(filter $(c)-%,$(1)),$(c))))

# The manifest <exp>.sha256 (written last by the program) lists every file the run wrote with its hash.
# It is a target, so a deleted manifest reruns the experiment; and when Make starts, a manifest whose
# files were deleted, truncated or edited since is removed (below), so that such a file is rebuilt too.
# A run killed by SIGKILL cannot remove its temporary files; the next run of it removes those whose
# process is gone (a temporary name ends in the writer's process id).
# The program is also an order-only prerequisite: reached only through the sum, it would be an
# intermediate file, which (with .SECONDARY) Make does not rebuild when it is missing, e.g. after a
# link was interrupted; the run would then find no program.
define experiment_rule
$(DATA)/$(1).tex $(DATA)/ledger/$(1).tsv $(DATA)/$(1).sha256 &: build/sums/$(call check_of,$(1)).sum build/args/$(1).$(ARGS_KIND).args \
    | build/bin/$(call check_of,$(1))
	@mkdir -p $(DATA)/ledger
	@for t in $(DATA)/$(1).*tmp[0-9]* $(DATA)/$(1)-*.dat.tmp[0-9]* $(DATA)/ledger/$(1).tsv.tmp[0-9]*; do \
	  [ -e "$$$$t" ] && ! kill -0 "$$$${t##*tmp}" 2>/dev/null && rm -f "$$$$t"; done; true
	@echo "run  $(1) [$(ARGS_KIND)]"
	build/bin/$(call check_of,$(1)) --experiment $(patsubst $(call check_of,$(1))-%,%,$(1)) \
	  --outdir $(DATA) --name $(1) $$$$(cat build/args/$(1).$(ARGS_KIND).args)
build/args/$(1).$(ARGS_KIND).args: build/stamps/$(call check_of,$(1)).tangled ;
endef
$(foreach e,$(EXPERIMENTS),$(eval $(call experiment_rule,$(e))))

define figure_rule
$(FIGS)/$(1).tex $(FIGS)/$(1).pdf &: build/gp/$(1).gp figures/style.gp $(foreach e,$($(call check_of,$(1))_EXPERIMENTS),$(DATA)/$(e).sha256)
	@mkdir -p $(FIGS) build/figtmp/$(ARGS_KIND)
	cd build/figtmp/$(ARGS_KIND) && gnuplot -e "datadir='../../../$(DATA)/'; outfile='$(1).tex'" \
	  ../../../figures/style.gp ../../gp/$(1).gp
	@# cairo stamps the wall clock into the PDF; the commit time has the same length, so offsets hold
	stamp=$$$$(date -u -d @$$$${SOURCE_DATE_EPOCH} +%Y%m%d%H%M%S) perl -pi -e \
	  's{/CreationDate \(D:\d{14}Z\)}{/CreationDate (D:$$$$ENV{stamp}Z)}' build/figtmp/$(ARGS_KIND)/$(1).pdf
	mv build/figtmp/$(ARGS_KIND)/$(1).pdf $(FIGS)/$(1).pdf
	mv build/figtmp/$(ARGS_KIND)/$(1).tex $(FIGS)/$(1).tex
build/gp/$(1).gp: build/stamps/$(call check_of,$(1)).tangled ;
endef
$(foreach f,$(FIGURES),$(eval $(call figure_rule,$(f))))

DATA_OUT   := $(EXPERIMENTS:%=$(DATA)/%.tex) $(EXPERIMENTS:%=$(DATA)/ledger/%.tsv) \
              $(EXPERIMENTS:%=$(DATA)/%.sha256)

# Outputs changed behind Make's back: drop the manifest of every experiment whose files no longer match
# it, so that the experiment reruns.  `make verify` reports such files instead of repairing them.
ifeq ($(filter verify help clean distclean deps new-check,$(MAKECMDGOALS)),)
DAMAGED := $(shell cd $(DATA) 2>/dev/null && for m in *.sha256; do [ -f "$$m" ] || continue; \
             sha256sum --status -c "$$m" 2>/dev/null || echo "$$m"; done)
$(foreach m,$(DAMAGED),$(info make: outputs of $(m:.sha256=) differ from what it wrote; rerunning it)\
  $(shell rm -f $(DATA)/$(m)))
endif
FIGURE_OUT := $(FIGURES:%=$(FIGS)/%.tex)

# All ledger rows in one file: checks in their declared order, rows of a check by statement (R1, R2, ...);
# the header is the one the claim writer gives every experiment's ledger.
$(DATA)/ledger.tsv: $(EXPERIMENTS:%=$(DATA)/ledger/%.tsv) Makefile
	{ head -n1 $(DATA)/ledger/$(firstword $(EXPERIMENTS)).tsv; \
	  $(foreach c,$(CHECKS),for f in $(foreach e,$($(c)_EXPERIMENTS),$(DATA)/ledger/$(e).tsv); do tail -n +2 $$f; done \
	    | sort -s -t- -k1,1V;) } > $@.tmp
	mv $@.tmp $@

# The ledger as the paper prints it: a summary row per statement, then every row, scientific claims and
# software checks apart, each id linked to the chunk that writes it (paper/ledger-tables).
$(DATA)/claims.tex: $(DATA)/ledger.tsv build/woven/body.tex paper/ledger-tables
	paper/ledger-tables $< build/woven/body.tex > $@.tmp
	mv $@.tmp $@

$(DATA)/macros.tex: $(EXPERIMENTS:%=$(DATA)/%.tex)
	for e in $(EXPERIMENTS); do echo "\\input{\\datadir $$e.tex}"; done > $@.tmp
	mv $@.tmp $@

# ---------------------------------------------------------------------------------------------
# Weaving and typesetting.  One noweave call over every .nw: one chunk index, one identifier index, and
# the index of claims (paper/claim-index, after -index so that the chunks carry their labels).
# ---------------------------------------------------------------------------------------------
WOVEN_ORDER := $(CHECK_NW) paper/library.nw $(MODULES:%=src/%.nw) bench/bench.nw

build/woven/body.tex: $(WOVEN_ORDER) paper/index-filter paper/claim-index | build/.deps-ok
	@mkdir -p build/woven
	noweave -n -latex -autodefs c -filter $(CURDIR)/paper/index-filter -index -filter $(CURDIR)/paper/claim-index \
	  $(WOVEN_ORDER) > $@.tmp
	mv $@.tmp $@

# The master reads its data and figures through \datadir and \figdir, so that QUICK=1 can typeset the
# reduced-size results into build/quick/attnspec.pdf without touching the paper.
LATEX := TEXINPUTS=.:../$(FIGS)//: pdflatex -interaction=nonstopmode -halt-on-error -output-directory ../$(LATEXDIR) \
         -jobname attnspec '\def\datadir{../$(DATA)/}\def\figdir{../$(FIGS)/}\input{attnspec.tex}'

$(PDF): paper/attnspec.tex paper/refs.bib build/woven/body.tex $(DATA)/claims.tex \
                    $(DATA)/macros.tex $(DATA_OUT) $(FIGURE_OUT) $(wildcard data/bench/bench.tex)
	@# start from an empty directory: an interrupted pdflatex leaves a truncated .aux behind
	@rm -rf $(LATEXDIR); mkdir -p $(LATEXDIR)
	cd paper && $(LATEX) > /dev/null || { tail -n 40 ../$(LATEXDIR)/attnspec.log; exit 1; }
	cd $(LATEXDIR) && BIBINPUTS=$(CURDIR)/paper bibtex -terse attnspec
	for pass in 1 2 3 4; do \
	  (cd paper && $(LATEX) > /dev/null) || { tail -n 40 $(LATEXDIR)/attnspec.log; exit 1; }; \
	  grep -q 'Rerun to get' $(LATEXDIR)/attnspec.log || break; done
	@if grep -E 'undefined|Rerun to get' $(LATEXDIR)/attnspec.log; then \
	  echo "paper: unresolved references (see $(LATEXDIR)/attnspec.log)" >&2; exit 1; fi
	cp $(LATEXDIR)/attnspec.pdf $@.tmp; mv $@.tmp $@

# ---------------------------------------------------------------------------------------------
# Tests: compiled TAP programs under prove, then every check in QUICK mode with its ledger asserted.
# ---------------------------------------------------------------------------------------------
TEST_BINS := $(TESTS:%=build/tests/bin/%)

.PHONY: mutate bench reproduce-check fault-check test-seeds check-sanitize new-check all data figures paper check quick-checks ledger-gate verify lock clean distclean help deps
all: $(PDF) ## tangle, compile, run every experiment, draw every figure, typeset the paper
	@$(MAKE) --no-print-directory ledger-gate

data: $(DATA_OUT) ## run every experiment (QUICK=1 for reduced sizes)
figures: $(FIGURE_OUT) ## draw every figure
paper: $(PDF) ## weave and typeset paper/attnspec.pdf (QUICK=1: build/quick/attnspec.pdf)

ledger-gate: $(DATA)/ledger.tsv
	@fails=$$(awk -F'\t' 'NR > 1 && $$NF != "pass" && $$NF != "xfail"' $<); \
	n=$$(tail -n +2 $< | wc -l); x=$$(awk -F'\t' 'NR > 1 && $$NF == "xfail"' $< | wc -l); \
	if [ -n "$$fails" ]; then echo "ledger: failing claims in $<:"; echo "$$fails"; exit 1; fi; \
	echo "ledger: all $$n claims as expected ($<): $$((n - x)) pass, $$x fail as the paper shows"

quick-checks:
	@$(MAKE) --no-print-directory QUICK=1 data figures build/quick/data/ledger.tsv build/quick/attnspec.pdf

check: build/.deps-ok ## unit tests, bad-input tests, and every check at QUICK size with its ledger asserted
	@$(MAKE) --no-print-directory $(TEST_BINS) $(CHECKS:%=build/bin/%)
	@$(MAKE) --no-print-directory quick-checks
	prove -e '' $(TEST_BINS) $(TEST_SCRIPTS)

verify: $(DATA)/ledger.tsv $(DATA)/claims.tex $(EXPERIMENTS:%=$(DATA)/%.tex) ## compare regenerated numbers with data/expected/ and README
	@status=0; for e in $(EXPERIMENTS); do \
	  if ! (cd $(DATA) && sha256sum --quiet -c $$e.sha256) > build/verify.diff 2>&1; then \
	    echo "verify: files of $$e differ from what the experiment wrote (make reruns it):"; \
	    cat build/verify.diff; status=1; fi; done; \
	for e in $(EXPERIMENTS); do exp=data/expected/$$e.tex; \
	  [ -f $$exp ] || { echo "verify: no locked $$exp (run make lock)"; status=1; continue; }; \
	  if ! diff <(grep -v '^%' $$exp | sed 's/\\\\ /&\n/g') <(grep -v '^%' $(DATA)/$$e.tex | sed 's/\\\\ /&\n/g') \
	       > build/verify.diff; then \
	    echo "verify: the macros of $$e differ from the locked copy (< locked, > now):"; \
	    head -n 20 build/verify.diff; status=1; fi; done; \
	if ! diff data/expected/ledger.tsv $(DATA)/ledger.tsv > build/verify.diff; then \
	  echo "verify: the ledger differs from the locked copy (< locked, > now):"; head -n 20 build/verify.diff; status=1; fi; \
	if ! diff <(sed -n '/^| statement | source/,/^$$/p' README.md | sed '/^$$/d') \
	          <(paper/readme-summary $(DATA)/claims.tex) > build/verify.diff; then \
	  echo "verify: README's table of claims is not the ledger's (< README, > now; make lock rewrites it):"; \
	  head -n 20 build/verify.diff; status=1; fi; \
	[ $$status = 0 ] && echo "verify: all macros, ledger rows and README's table match data/expected/"; exit $$status

# The README's table of claims is generated too (paper/readme-summary): lock rewrites it, verify compares.
lock: $(DATA)/ledger.tsv $(DATA)/claims.tex $(EXPERIMENTS:%=$(DATA)/%.tex) ## copy the current macros and ledger into data/expected/, rewrite README's table
	mkdir -p data/expected
	for e in $(EXPERIMENTS); do cp $(DATA)/$$e.tex data/expected/$$e.tex; done
	cp $(DATA)/ledger.tsv data/expected/ledger.tsv
	paper/readme-summary $(DATA)/claims.tex README.md

clean: ## remove build products, generated data and figures (keeps data/expected/)
	rm -rf build/obj build/bin build/sums build/tests build/stamps build/args build/gp build/mk build/woven \
	       build/latex build/figtmp build/quick build/*.c build/*.h build/*.a
	rm -rf data/*.dat data/*.tex data/*.tsv data/*.sha256 data/ledger figures/*.pdf figures/*.tex paper/attnspec.pdf
	rm -f data/*tmp[0-9]* data/bench/*tmp[0-9]* data/bench/ledger/*tmp[0-9]* figures/*tmp[0-9]* paper/*.tmp

distclean: clean ## also forget the dependency check
	rm -rf build

new-check: ## create proofs_numerics/NAME.nw from the template: make new-check NAME=my-check
	@[ -n "$(NAME)" ] || { echo "make new-check: give the check a name: make new-check NAME=my-check" >&2; exit 2; }
	@echo '$(NAME)' | grep -Eqx '[a-z][a-z0-9-]*[a-z0-9]' || { echo "make new-check: NAME='$(NAME)' must be \
	  lower-case letters, digits and hyphens, starting with a letter (e.g. NAME=my-check)" >&2; exit 2; }
	@[ ! -e proofs_numerics/$(NAME).nw ] || { echo "make new-check: proofs_numerics/$(NAME).nw exists; \
	  choose another NAME" >&2; exit 2; }
	@camel=$$(echo '$(NAME)' | sed -E 's/(^|-)([a-z])/\U\2/g; s/[^A-Za-z]//g'); \
	last=$$(sed -n 's/^%position[[:space:]]*\([0-9][0-9]*\).*/\1/p' proofs_numerics/*.nw 2>/dev/null | sort -n | tail -n1); \
	sed -e 's/@NAME@/$(NAME)/g' -e "s/@CAMEL@/$$camel/g" -e "s/@POSITION@/$$(( $${last:-0} + 10 ))/g" \
	  proofs_numerics/TEMPLATE.nw.in > proofs_numerics/$(NAME).nw.tmp; \
	mv proofs_numerics/$(NAME).nw.tmp proofs_numerics/$(NAME).nw; \
	echo "created proofs_numerics/$(NAME).nw (check $$camel, statement $${camel}1, after every existing check)."; \
	echo "next:"; \
	echo "  1. edit the claim, the derivation and <<measure the spread of the sample mean>> in it;"; \
	echo "  2. set sizes and seeds in its <<$(NAME)-main.full.args>> and .quick.args chunks;"; \
	echo "  3. make check   (QUICK run, ledger asserted), then make all (the paper, with its section)."

reproduce-check: ## build HEAD twice from clean clones (and once with 2 BLAS threads) and compare every output
	bash tests/slow/reproduce-check.sh

fault-check: ## kill `make QUICK=1 all` at random moments 20 times; the outputs must equal an uninterrupted run
	bash tests/slow/fault-check.sh

mutate: build/.deps-ok ## rerun every full-size experiment with predictions scaled by 1.1 and 0.9; every statement must catch it
	@$(MAKE) --no-print-directory $(DATA)/ledger.tsv $(CHECKS:%=build/bin/%)
	bash tests/slow/mutate.sh full

test-seeds: build/.deps-ok ## run every QUICK experiment over 50 seeds; report each claim's false-failure rate
	@$(MAKE) --no-print-directory QUICK=1 $(CHECKS:%=build/bin/%) \
	  $(foreach e,$(EXPERIMENTS),build/args/$(e).quick.args)
	bash tests/slow/test-seeds.sh

BENCH_OUT ?= data/bench
# Both cores in one process, as a user's numpy script would run.  numpy is installed here only.
bench: build/bin/bench build/numpy-bench.py ## time the spectral engine against numpy and the DGEMM bound (writes data/bench/)
	@/usr/bin/python3 -c 'import numpy' 2>/dev/null || \
	  if [ "$$(id -u)" = 0 ]; then echo "installing python3-numpy for the benchmark"; \
	    apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q python3-numpy; \
	  else echo "make bench needs numpy; run as root:"; \
	    echo "  apt-get update && apt-get install -y python3-numpy"; exit 1; fi
	@mkdir -p $(BENCH_OUT)/ledger build/benchrun
	OPENBLAS_NUM_THREADS=$(shell nproc 2>/dev/null || echo 2) OMP_NUM_THREADS=$(shell nproc 2>/dev/null || echo 2) \
	  build/bin/bench --outdir $(BENCH_OUT) --name bench --python /usr/bin/python3 \
	  --script build/numpy-bench.py --scratch build/benchrun $(BENCH_ARGS)
	rm -rf build/benchrun
	@grep -v '^# [a-z]*:' $(BENCH_OUT)/bench.dat || true

SANITIZE_FLAGS := -O1 -g -fno-omit-frame-pointer -fsanitize=address,undefined -fno-sanitize-recover=all
check-sanitize: ## the test suite under ASan+UBSan, then valgrind memcheck, at QUICK size, in build/sanitize/
	bash tests/slow/check-sanitize.sh "$(SANITIZE_FLAGS)"

help: ## list the targets and variables
	@echo "attnspec: make TARGET [QUICK=1]"
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | sed 's/:.*## /\t/' | awk -F'\t' '{ printf "  %-12s %s\n", $$1, $$2 }'
	@echo "variables:"
	@echo "  QUICK=1      run every experiment at reduced size into build/quick/ (used by make check)"
	@echo "  CC, CFLAGS   compiler and flags (default: cc -O2, C11, -Wall -Wextra -Werror)"
	@echo "  NAME=x       the new check's file name, for make new-check"
	@echo "seeds and sizes are the --seed and size options in each check's <check>-NAME.{full,quick}.args chunk"
