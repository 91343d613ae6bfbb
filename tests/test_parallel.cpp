// The thread pool: every index exactly once, exceptions carried to the caller, back-to-back short
// jobs (where a worker still spinning on the last job meets the next one), concurrent callers.
#include <catch2/catch.hpp>

#include <atomic>
#include <chrono>
#include <mutex>
#include <stdexcept>
#include <thread>
#include <vector>

#include "common/parallel.h"

using namespace initscope;

TEST_CASE("every index runs exactly once, for any task count and pool size", "[parallel]") {
    for (unsigned threads : {1u, 2u, 3u, 5u}) {
        ThreadPool pool(threads);
        CHECK(pool.size() == threads);
        for (int n : {0, 1, 2, 3, 7, 64, 1000}) {
            std::vector<std::atomic<int>> hits(static_cast<std::size_t>(n));
            pool.parallelFor(n, [&](int i) { hits[static_cast<std::size_t>(i)].fetch_add(1); });
            for (int i = 0; i < n; ++i) REQUIRE(hits[static_cast<std::size_t>(i)].load() == 1);
        }
    }
}

TEST_CASE("thousands of short jobs back to back lose and repeat nothing", "[parallel]") {
    ThreadPool pool(3);
    std::atomic<long> sum{0};
    long expected = 0;
    for (int job = 0; job < 20000; ++job) {
        const int n = 1 + job % 5;
        pool.parallelFor(n, [&](int i) { sum.fetch_add(job * 10 + i); });
        for (int i = 0; i < n; ++i) expected += job * 10 + i;
    }
    CHECK(sum.load() == expected);
}

TEST_CASE("a long task makes the caller sleep, and it is woken at the end", "[parallel]") {
    ThreadPool pool(2);
    std::atomic<int> done{0};
    pool.parallelFor(2, [&](int i) {
        if (i == 1) std::this_thread::sleep_for(std::chrono::milliseconds(30));  // beyond the spin
        done.fetch_add(1);
    });
    CHECK(done.load() == 2);
}

TEST_CASE("the first exception reaches the caller after every task has ended; the pool goes on",
          "[parallel]") {
    ThreadPool pool(2);
    std::atomic<int> ran{0};
    CHECK_THROWS_WITH(pool.parallelFor(10, [&](int i) {
        ran.fetch_add(1);
        if (i == 3) throw std::runtime_error("task 3");
    }),
                      "task 3");
    CHECK(ran.load() == 10);
    std::atomic<int> after{0};
    pool.parallelFor(4, [&](int) { after.fetch_add(1); });
    CHECK(after.load() == 4);
}

TEST_CASE("two threads sharing one pool each get all of their own tasks", "[parallel]") {
    ThreadPool pool(2);
    auto client = [&](std::atomic<long>& sum) {
        for (int job = 0; job < 2000; ++job) pool.parallelFor(3, [&](int i) { sum.fetch_add(i + 1); });
    };
    std::atomic<long> a{0}, b{0};
    std::thread other([&] { client(b); });
    client(a);
    other.join();
    CHECK(a.load() == 2000 * 6);
    CHECK(b.load() == 2000 * 6);
}

TEST_CASE("ranges cover every index once, in order within a range", "[parallel]") {
    for (unsigned threads : {1u, 2u, 3u}) {
        ThreadPool pool(threads);
        for (int n : {0, 1, 2, 5, 16, 17, 1001}) {
            std::vector<std::atomic<int>> hits(static_cast<std::size_t>(n));
            std::vector<int> order;
            std::mutex m;
            pool.parallelForRanges(n, [&](int i) {
                hits[static_cast<std::size_t>(i)].fetch_add(1);
                std::lock_guard lock(m);
                order.push_back(i);
            });
            for (int i = 0; i < n; ++i) REQUIRE(hits[static_cast<std::size_t>(i)].load() == 1);
            // Within each thread's range the indices come in order, whatever the thread count:
            // the order of one range's indices among all recorded ones is increasing.
            const int ranges = std::min<int>(n, static_cast<int>(threads));
            for (int r = 0; r < ranges; ++r) {
                const int from = static_cast<int>(static_cast<long long>(r) * n / ranges);
                const int to = static_cast<int>((static_cast<long long>(r) + 1) * n / ranges);
                int expected = from;
                for (int i : order) {
                    if (i >= from && i < to) REQUIRE(i == expected++);
                }
                REQUIRE(expected == to);
            }
        }
    }
}

TEST_CASE("tasks are claimed in index order: a task may wait for a lower one", "[parallel]") {
    // The training loop relies on this: its loss tasks (n…2n−1) wait for the update tasks
    // (0…n−1). Each odd task here waits for the even one before it; claimed out of order with
    // all threads waiting, the call would never end, so the wait gives up after 10 s and fails.
    for (unsigned threads : {2u, 3u, 4u}) {
        ThreadPool pool(threads);
        for (int round = 0; round < 200; ++round) {
            constexpr int n = 16;
            std::vector<std::atomic<bool>> done(n);
            std::atomic<int> gaveUp{0};
            pool.parallelFor(n, [&](int i) {
                if (i % 2 == 1) {
                    const auto until = std::chrono::steady_clock::now() + std::chrono::seconds(10);
                    while (!done[static_cast<std::size_t>(i - 1)].load()) {
                        if (std::chrono::steady_clock::now() > until) {
                            gaveUp.fetch_add(1);
                            break;
                        }
                        std::this_thread::yield();
                    }
                }
                done[static_cast<std::size_t>(i)].store(true);
            });
            REQUIRE(gaveUp.load() == 0);
        }
    }
}

TEST_CASE("a nested parallelFor fails loudly instead of deadlocking", "[parallel]") {
    for (unsigned threads : {1u, 2u}) {
        ThreadPool pool(threads);
        ThreadPool other(2);
        CHECK_THROWS_AS(pool.parallelFor(4, [&](int) { pool.parallelFor(2, [](int) {}); }), std::logic_error);
        CHECK_THROWS_AS(pool.parallelFor(4, [&](int) { other.parallelFor(2, [](int) {}); }), std::logic_error);
        // The pool still works afterwards.
        std::atomic<int> sum{0};
        pool.parallelFor(10, [&](int i) { sum.fetch_add(i); });
        CHECK(sum.load() == 45);
    }
}
