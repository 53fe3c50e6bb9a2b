package org.dossier.cli;

import java.io.PrintStream;
import java.time.temporal.ChronoUnit;
import me.tongfei.progressbar.DelegatingProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * The progress of an indexing run: a progress bar (me.tongfei:progressbar) with files done, speed
 * and time left on a terminal; off a terminal (a log file, a pipe, CI) plain lines, one every few
 * seconds, since a bar's redraws would fill the log with carriage returns and colour codes.
 */
interface Progress extends AutoCloseable {
    Progress NONE = new Progress() {
        @Override
        public void step(String extra) {}

        @Override
        public void close() {}
    };

    /** One more file done; {@code extra} says how the run is going. */
    void step(String extra);

    @Override
    void close();

    /** Makes the progress display for a run over some files. */
    interface Factory {
        Progress start(int files);
    }

    Factory NO_PROGRESS = files -> NONE;

    /** A bar on a terminal (stderr), plain lines to {@code log} otherwise. */
    static Factory bar(PrintStream log, boolean terminal) {
        return files -> {
            if (files == 0) {
                return NONE;
            }
            ProgressBarBuilder builder = new ProgressBarBuilder()
                    .setTaskName("Indexing")
                    .setInitialMax(files)
                    .setUnit(" files", 1)
                    .showSpeed()
                    .setSpeedUnit(ChronoUnit.SECONDS);
            if (terminal) {
                builder.setStyle(ProgressBarStyle.COLORFUL_UNICODE_BLOCK).setUpdateIntervalMillis(250);
            } else {
                builder.setStyle(ProgressBarStyle.ASCII).setUpdateIntervalMillis(5_000)
                        .setConsumer(new DelegatingProgressBarConsumer(log::println, 120));
            }
            ProgressBar bar = builder.build();
            return new Progress() {
                @Override
                public void step(String extra) {
                    bar.setExtraMessage(extra);
                    bar.step();
                }

                @Override
                public void close() {
                    bar.close();
                }
            };
        };
    }
}
