package com.morningbackcoach.testing;

import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.core.interceptor.SdkExecutionAttribute;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/** Counts the DynamoDB operations a client sends, by operation name. */
public final class CallCounter implements ExecutionInterceptor {

    private static final List<String> READS = List.of("GetItem", "Query", "Scan", "BatchGetItem", "TransactGetItems");
    private static final List<String> WRITES = List.of("PutItem", "UpdateItem", "DeleteItem", "BatchWriteItem",
            "TransactWriteItems");

    private final Map<String, AtomicInteger> calls = new ConcurrentHashMap<>();

    @Override
    public void beforeExecution(Context.BeforeExecution context, ExecutionAttributes attributes) {
        String operation = attributes.getAttribute(SdkExecutionAttribute.OPERATION_NAME);
        calls.computeIfAbsent(operation, name -> new AtomicInteger()).incrementAndGet();
    }

    public int reads() {
        return count(READS);
    }

    public int writes() {
        return count(WRITES);
    }

    public Map<String, AtomicInteger> byOperation() {
        return Map.copyOf(calls);
    }

    public void reset() {
        calls.clear();
    }

    private int count(List<String> operations) {
        return operations.stream().mapToInt(op -> calls.getOrDefault(op, new AtomicInteger()).get()).sum();
    }
}
