package com.dealtrace.support;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import net.ttddyy.dsproxy.ExecutionInfo;
import net.ttddyy.dsproxy.QueryInfo;
import net.ttddyy.dsproxy.listener.QueryExecutionListener;

/**
 * Counts the SQL statements the application sends, through a datasource-proxy around the real data source. Only the
 * thread that last called {@link #reset()} counts (MockMvc renders on the test's thread): the content version's
 * scheduled refresh every two seconds runs on another thread and would otherwise land in a count now and then.
 */
public class StatementCounter implements QueryExecutionListener {

    private final AtomicInteger count = new AtomicInteger();
    private final List<QueryInfo> sent = new CopyOnWriteArrayList<>();
    private volatile Thread counted;

    @Override
    public void beforeQuery(ExecutionInfo execInfo, List<QueryInfo> queryInfoList) {
    }

    @Override
    public void afterQuery(ExecutionInfo execInfo, List<QueryInfo> queryInfoList) {
        if (Thread.currentThread() == counted) {
            count.addAndGet(queryInfoList.size());
            sent.addAll(queryInfoList);
        }
    }

    public void reset() {
        counted = Thread.currentThread();
        count.set(0);
        sent.clear();
    }

    /** The statements counted since the last {@link #reset()}, with the parameters they were sent with. */
    public List<QueryInfo> sent() {
        return List.copyOf(sent);
    }

    public int count() {
        return count.get();
    }
}
