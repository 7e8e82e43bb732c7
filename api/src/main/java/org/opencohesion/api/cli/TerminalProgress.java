package org.opencohesion.api.cli;

import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.opencohesion.ingest.IngestListener;
import org.opencohesion.ingest.InputFile;

/** A progress line per file (rows read and rows/s) on a terminal; used only when there is one. */
public final class TerminalProgress implements IngestListener {
    private ProgressBar bar;

    /** A listener that draws on the terminal, or stays silent when output is not a terminal. */
    public static IngestListener forConsole() {
        return System.console() != null ? new TerminalProgress() : IngestListener.SILENT;
    }

    @Override
    public void fileStarted(InputFile file) {
        bar = new ProgressBarBuilder()
                .setTaskName(file.name())
                .setInitialMax(-1)
                .setUnit(" rows", 1)
                .showSpeed()
                .setStyle(ProgressBarStyle.ASCII)
                .build();
    }

    @Override
    public void rowsRead(long rows) {
        if (bar != null) {
            bar.stepBy(rows);
        }
    }

    @Override
    public void fileFinished(InputFile file, long rows) {
        if (bar != null) {
            bar.stepTo(rows);
            bar.close();
            bar = null;
        }
    }
}
