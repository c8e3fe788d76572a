package com.dealtrace.support;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import net.ttddyy.dsproxy.ExecutionInfo;
import net.ttddyy.dsproxy.QueryInfo;
import net.ttddyy.dsproxy.listener.QueryExecutionListener;

/** Counts the SQL statements the application sends, through a datasource-proxy around the real data source. */
public class StatementCounter implements QueryExecutionListener {

    private final AtomicInteger count = new AtomicInteger();

    @Override
    public void beforeQuery(ExecutionInfo execInfo, List<QueryInfo> queryInfoList) {
    }

    @Override
    public void afterQuery(ExecutionInfo execInfo, List<QueryInfo> queryInfoList) {
        count.addAndGet(queryInfoList.size());
    }

    public void reset() {
        count.set(0);
    }

    public int count() {
        return count.get();
    }
}
