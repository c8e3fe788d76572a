package com.dealtrace.support;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import javax.sql.DataSource;

import net.ttddyy.dsproxy.QueryInfo;
import net.ttddyy.dsproxy.proxy.ParameterSetOperation;
import org.springframework.jdbc.datasource.DataSourceUtils;

/** PostgreSQL's plan for a statement the application sent, with the parameters it was sent with. */
public final class Plans {

    private Plans() {
    }

    /**
     * The statement followed by its EXPLAIN output, run on the connection of the current transaction (so that it
     * sees the test's own rows and settings); the parameters are set again by the very JDBC calls the application
     * made.
     */
    public static String explain(DataSource dataSource, QueryInfo query) throws Exception {
        return explain(dataSource, query, "explain ");
    }

    /** The statement run once more under EXPLAIN ANALYZE: its plan with the rows each node read and the time taken. */
    public static String analyze(DataSource dataSource, QueryInfo query) throws Exception {
        return explain(dataSource, query, "explain (analyze, buffers off) ");
    }

    private static String explain(DataSource dataSource, QueryInfo query, String explainWith) throws Exception {
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try (PreparedStatement explain = connection.prepareStatement(explainWith + query.getQuery())) {
            if (!query.getParametersList().isEmpty()) {
                for (ParameterSetOperation operation : query.getParametersList().get(0)) {
                    operation.getMethod().invoke(explain, operation.getArgs());
                }
            }
            StringBuilder plan = new StringBuilder(query.getQuery()).append('\n');
            try (ResultSet rs = explain.executeQuery()) {
                while (rs.next()) {
                    plan.append(rs.getString(1)).append('\n');
                }
            }
            return plan.toString();
        }
    }

    private static final java.util.regex.Pattern REMOVED = java.util.regex.Pattern.compile("Rows Removed by (?:Join Filter|Filter|Index Recheck): (\\d+)");

    /** The rows of {@code table} a plan read, by any scan or bitmap of its indexes, with those its filters dropped. */
    public static long rowsRead(String plan, String table) {
        // a scan of the table under its alias, or of one of its indexes for a bitmap
        java.util.regex.Pattern scan = java.util.regex.Pattern.compile(" on " + table + "(?: \\w+|_\\w*idx) .*?actual time=\\S+ rows=(\\d+) loops=(\\d+)");
        long read = 0;
        boolean inScan = false;
        for (String line : plan.split("\n")) {
            var rows = scan.matcher(line);
            if (rows.find()) {
                read += Long.parseLong(rows.group(1)) * Long.parseLong(rows.group(2));
                inScan = true;
                continue;
            }
            if (line.contains("->")) {
                inScan = false;
            }
            var removed = REMOVED.matcher(line);
            if (inScan && removed.find()) {
                read += Long.parseLong(removed.group(1));
            }
        }
        return read;
    }
}
