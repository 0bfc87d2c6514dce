/**
 * Ends the run with the plain line CI reads: "N passed, N failed[, N skipped]".
 * Suites that failed to run at all count as one failure each.
 */
class SummaryReporter {
  onRunComplete(_contexts, results) {
    const brokenSuites = results.testResults.filter(
      (suite) => suite.testExecError || (suite.failureMessage && suite.numFailingTests === 0)
    ).length
    const failed = results.numFailedTests + brokenSuites
    const skipped = results.numPendingTests + results.numTodoTests
    const line = `${results.numPassedTests} passed, ${failed} failed` + (skipped ? `, ${skipped} skipped` : "")
    process.stdout.write(`\n${line}\n`)
  }
}
module.exports = SummaryReporter
