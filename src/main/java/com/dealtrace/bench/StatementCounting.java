package com.dealtrace.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;

import javax.sql.DataSource;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * In the {@code bench} profile, counts the SQL statements each request sends and reports them in the response
 * header {@code X-Sql-Statements}, so that the benchmark can put the count beside the page's speed.
 */
@Configuration(proxyBeanMethods = false)
@Profile("bench")
class StatementCounting {

    private static final ThreadLocal<int[]> COUNT = ThreadLocal.withInitial(() -> new int[1]);

    @Bean
    static BeanPostProcessor countingDataSource() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String name) {
                return bean instanceof DataSource dataSource ? proxy(DataSource.class, dataSource) : bean;
            }
        };
    }

    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE)
    Header statementCountHeader() {
        return new Header();
    }

    /** Writes the count into the response header when the body starts, after the page's service call. */
    static class Header extends OncePerRequestFilter {

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            COUNT.get()[0] = 0;
            chain.doFilter(request, new HttpServletResponseWrapper(response) {
                @Override
                public ServletOutputStream getOutputStream() throws IOException {
                    setHeader("X-Sql-Statements", String.valueOf(COUNT.get()[0]));
                    return super.getOutputStream();
                }

                @Override
                public PrintWriter getWriter() throws IOException {
                    setHeader("X-Sql-Statements", String.valueOf(COUNT.get()[0]));
                    return super.getWriter();
                }
            });
        }
    }

    /** Wraps JDBC objects so that every statement execution is counted for the current thread. */
    @SuppressWarnings("unchecked")
    static <T> T proxy(Class<T> type, T target) {
        InvocationHandler handler = (p, method, args) -> {
            if (method.getName().startsWith("execute") && target instanceof Statement) {
                COUNT.get()[0]++;
            }
            try {
                Object result = method.invoke(target, args);
                if (method.getName().equals("unwrap")) {
                    // the driver's own object, asked for by its type (the driver's connection, for KeptPlans)
                    return result;
                }
                if (result instanceof Connection connection) {
                    return proxy(Connection.class, connection);
                }
                if (result instanceof PreparedStatement statement) {
                    return proxy(PreparedStatement.class, statement);
                }
                if (result instanceof Statement statement && !(result instanceof CallableStatement)) {
                    return proxy(Statement.class, statement);
                }
                return result;
            }
            catch (InvocationTargetException ex) {
                throw ex.getCause();
            }
        };
        return (T) Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, handler);
    }
}
