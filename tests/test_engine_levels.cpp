// The engine built per x86-64 level (core/CMakeLists.txt): the dynamic loader takes the best
// level this CPU runs, and every level gives the same experiment. Each level is forced in turn
// with ld.so --glibc-hwcaps-mask on the real program.
#include <catch2/catch.hpp>

#include <cmath>
#include <cstdio>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "io/json_io.h"
#include "test_util.h"

using namespace initscope;

namespace {

bool cpuRuns(const std::string& level) {
    if (level == "x86-64") return true;
    if (level == "x86-64-v2") return __builtin_cpu_supports("x86-64-v2");
    if (level == "x86-64-v3") return __builtin_cpu_supports("x86-64-v3");
    if (level == "x86-64-v4") return __builtin_cpu_supports("x86-64-v4");
    return false;
}

std::vector<std::string> levels() {
    std::vector<std::string> out;
    std::stringstream in(INITSCOPE_LEVELS);
    for (std::string l; std::getline(in, l, ',');) {
        if (!l.empty()) out.push_back(l);
    }
    return out;
}

// The program's standard output, run with the loader held to `level` (the baseline: no subfolder).
std::string runAt(const std::string& level, const std::string& arguments) {
    const std::string mask = level == "x86-64" ? "" : level;
    const std::string command = std::string(INITSCOPE_LOADER) + " --glibc-hwcaps-mask '" + mask + "' " +
                                INITSCOPE_EXE + " " + arguments;
    FILE* pipe = ::popen(command.c_str(), "r");
    REQUIRE(pipe);
    std::string out;
    char buffer[4096];
    for (std::size_t n; (n = std::fread(buffer, 1, sizeof buffer, pipe)) > 0;) out.append(buffer, n);
    REQUIRE(::pclose(pipe) == 0);
    return out;
}

Json readJson(const std::string& path) {
    std::ifstream in(path);
    std::stringstream text;
    text << in.rdbuf();
    return parseJsonStrictly(text.str());
}

void compareStatistics(const Json& a, const Json& b, const std::string& where) {
    INFO(where);
    // A mean is a sum that cancels: it is compared on the scale of the spread.
    const double spread = a.at("std").get<double>();
    CHECK(a.at("mean").get<double>() == Approx(b.at("mean").get<double>()).margin(1e-4 * spread + 1e-9));
    for (const char* key : {"std", "min", "max"}) {
        CHECK(a.at(key).get<double>() == Approx(b.at(key).get<double>()).epsilon(1e-4).margin(1e-9));
    }
    // Counts: a value within a rounding of a bin edge may cross it; at most 0.1 % of them move.
    const auto& ca = a.at("histogram").at("counts");
    const auto& cb = b.at("histogram").at("counts");
    REQUIRE(ca.size() == cb.size());
    long moved = 0, total = 0;
    for (std::size_t k = 0; k < ca.size(); ++k) {
        moved += std::labs(ca[k].get<long>() - cb[k].get<long>());
        total += ca[k].get<long>();
    }
    CHECK(moved <= std::max(4L, total / 1000));
}

}  // namespace

TEST_CASE("the loader takes each level this CPU runs, and the best one by default", "[engine-level]") {
    std::string best = "x86-64";
    for (const std::string& level : levels()) {
        if (!cpuRuns(level)) continue;
        best = level;
        INFO("forced " << level);
        CHECK(runAt(level, "--version").find("(engine " + level + ")") != std::string::npos);
    }
    // Unforced: the program alone picks the best level built that this CPU runs.
    const std::string command = std::string(INITSCOPE_EXE) + " --version";
    FILE* pipe = ::popen(command.c_str(), "r");
    REQUIRE(pipe);
    char line[256] = {};
    REQUIRE(std::fgets(line, sizeof line, pipe));
    ::pclose(pipe);
    CHECK(std::string(line).find("(engine " + best + ")") != std::string::npos);
}

TEST_CASE("every level gives the same experiment: statistics to 1e-4, histograms within 0.1 %", "[engine-level]") {
    test::TempDir dir;
    // Not tanh with std = 1: that network is chaotic and amplifies any rounding difference, by
    // design (see the theory view); these three keep a perturbation's size.
    const std::string args = "activations --activation tanh --init std=0.01 --init xavier --init he --depth 5 "
                             "--samples 1000 --backward --jacobian --output ";
    runAt("x86-64", args + (dir.path() / "x86-64.json").string());
    const Json base = readJson((dir.path() / "x86-64.json").string());
    int compared = 0;
    for (const std::string& level : levels()) {
        if (level == "x86-64" || !cpuRuns(level)) continue;
        const std::string file = (dir.path() / (level + ".json")).string();
        runAt(level, args + file);
        const Json other = readJson(file);
        REQUIRE(other.at("runs").size() == base.at("runs").size());
        for (std::size_t r = 0; r < base.at("runs").size(); ++r) {
            const auto& la = base.at("runs")[r].at("layers");
            const auto& lb = other.at("runs")[r].at("layers");
            REQUIRE(la.size() == lb.size());
            for (std::size_t l = 0; l < la.size(); ++l) {
                const std::string where = level + ", run " + std::to_string(r) + ", layer " + std::to_string(l + 1);
                compareStatistics(la[l], lb[l], where + " activations");
                for (const char* part : {"pre_activation", "grad_input", "grad_weight"}) {
                    compareStatistics(la[l].at(part), lb[l].at(part), where + " " + part);
                }
            }
            const auto& sa = base.at("runs")[r].at("jacobian_singular_values");
            const auto& sb = other.at("runs")[r].at("jacobian_singular_values");
            REQUIRE(sa.size() == sb.size());
            for (std::size_t k = 0; k < sa.size(); k += 7) {
                CHECK(sa[k].get<double>() == Approx(sb[k].get<double>()).epsilon(1e-3).margin(1e-6));
            }
        }
        ++compared;
    }
    WARN("compared the baseline engine with " << compared << " vectorised level(s) this CPU runs");
}
