-- CreateIndex
CREATE UNIQUE INDEX "KpiRow_programId_metric_measure_key" ON "KpiRow"("programId", "metric", "measure");
