// Preloaded by benchmarks (`node --import`) into the measured process: prints its peak RSS on exit,
// measured by the kernel (getrusage), so no product code carries benchmark hooks.
process.on('exit', () => {
  const u = process.resourceUsage();
  process.stderr.write(`\nBENCH_MAXRSS_KB=${u.maxRSS} BENCH_CPU_US=${u.userCPUTime + u.systemCPUTime}\n`);
});
