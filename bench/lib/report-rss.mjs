// Preloaded by benchmarks (`node --import`) into the measured process: prints its peak RSS on exit,
// measured by the kernel (getrusage), so no product code carries benchmark hooks.
process.on('exit', () => {
  process.stderr.write(`\nBENCH_MAXRSS_KB=${process.resourceUsage().maxRSS}\n`);
});
