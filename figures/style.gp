# Shared gnuplot style for every figure of attnspec.  The Makefile defines `outfile` (the .tex to
# write, its .pdf beside it) and `datadir` (where the data files are) before loading this file.
# cairolatex typesets all text with the paper's own LaTeX fonts.
if (!exists("width")) width = 6.0
if (!exists("height")) height = 2.6
set terminal cairolatex pdf input size width in, height in color dashed font ',8' linewidth 1.5
set output outfile
set border 3 lw 0.8
set tics nomirror out scale 0.6
set grid lw 0.4 lc rgb '#dddddd'
set key noautotitle spacing 1.5
# a colour-blind-safe palette (Okabe--Ito); style 10 is black for laws and references
set style line 1 lc rgb '#0072B2' lw 1.5
set style line 2 lc rgb '#D55E00' lw 1.5
set style line 3 lc rgb '#009E73' lw 1.5
set style line 4 lc rgb '#CC79A7' lw 1.5
set style line 5 lc rgb '#E69F00' lw 1.5
set style line 6 lc rgb '#56B4E9' lw 1.5
set style line 10 lc rgb '#000000' lw 1.2
set style increment user
# cairolatex underestimates the width of tick labels such as $10^{-10}$, so the y label is moved clear of them
# (a figure that sets its own ylabel offset replaces this one)
set ylabel offset -1.5,0
