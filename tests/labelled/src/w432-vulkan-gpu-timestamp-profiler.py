LABEL = dict(
    split="heldout14",
    persona="Vulkan graphics programmer adding per-pass GPU timings to the debug overlay",
    expertise_level=4, work_mode="building",
    verified_success=True, trouble=False, abandoned=False,
    rationale=("Prompt 1 is precise: the query type, one pool per frame in flight, scopes around passes, no blocking read (no WAIT bit), scaling by `timestampPeriod`, the output (the ImGui overlay); it does not name failure modes beyond blocking or a check: level 4. "
               "A new feature is written: building. No action fails (the builds succeed); prompt 2 confirms the numbers against an external tool ('shadow 0.41 ms, same as nsight') before asking for a rolling average: evidence, and nothing fails after it: verified success, no trouble."),
)

SESSION = dict(
    cwd="/home/marta/dev/kestrel-renderer", start="2026-11-28T18:20:00Z", model="claude-opus-4-6", version="2.1.250", branch="feat/gpu-timers",
    turns=[
        turn("add GPU pass timings: GpuProfiler in src/debug, VK_QUERY_TYPE_TIMESTAMP, one query pool per frame in flight (we have 2), begin/end scope around each pass in Renderer::recordFrame, read results for frame N-2 without WAIT_BIT, scale by timestampPeriod, show ms per pass in the ImGui overlay. must not stall",
             par(read("/home/marta/dev/kestrel-renderer/src/renderer.cpp", "void Renderer::recordFrame(VkCommandBuffer cmd, FrameContext& f) {\n    m_shadow.record(cmd, f);\n    m_gbuffer.record(cmd, f);\n    m_lighting.record(cmd, f);\n    m_post.record(cmd, f);\n    m_overlay.record(cmd, f);\n}"),
                 read("/home/marta/dev/kestrel-renderer/src/debug/overlay.cpp", "void Overlay::build(const Stats& s) {\n    ImGui::Begin(\"kestrel\");\n    ImGui::Text(\"cpu %.2f ms\", s.cpuMs);\n    ImGui::End();\n}")),
             write("/home/marta/dev/kestrel-renderer/src/debug/gpu_profiler.hpp",
                   "#pragma once\n#include <vulkan/vulkan.h>\n#include <array>\n#include <string>\n#include <vector>\n\nclass GpuProfiler {\npublic:\n    static constexpr uint32_t kFrames = 2, kMaxScopes = 32;\n    void init(VkDevice dev, VkPhysicalDevice phys);\n    void destroy();\n    void beginFrame(VkCommandBuffer cmd, uint32_t frame);   // reset this frame's pool, collect its previous results\n    void begin(VkCommandBuffer cmd, const char* name);\n    void end(VkCommandBuffer cmd);\n    struct Timing { std::string name; double ms; };\n    const std::vector<Timing>& results() const { return m_results; }\nprivate:\n    VkDevice m_dev{};\n    double m_periodNs{};\n    std::array<VkQueryPool, kFrames> m_pools{};\n    std::array<std::vector<std::string>, kFrames> m_names;\n    uint32_t m_frame{}, m_next{};\n    std::vector<Timing> m_results;\n};\n"),
             write("/home/marta/dev/kestrel-renderer/src/debug/gpu_profiler.cpp",
                   "#include \"gpu_profiler.hpp\"\n\nvoid GpuProfiler::init(VkDevice dev, VkPhysicalDevice phys) {\n    m_dev = dev;\n    VkPhysicalDeviceProperties p; vkGetPhysicalDeviceProperties(phys, &p);\n    m_periodNs = p.limits.timestampPeriod;\n    VkQueryPoolCreateInfo ci{VK_STRUCTURE_TYPE_QUERY_POOL_CREATE_INFO};\n    ci.queryType = VK_QUERY_TYPE_TIMESTAMP; ci.queryCount = kMaxScopes * 2;\n    for (auto& pool : m_pools) vkCreateQueryPool(dev, &ci, nullptr, &pool);\n}\n\nvoid GpuProfiler::beginFrame(VkCommandBuffer cmd, uint32_t frame) {\n    m_frame = frame;\n    auto& names = m_names[frame];\n    if (!names.empty()) {\n        std::vector<uint64_t> ts(names.size() * 4);\n        // availability bit, no WAIT: a frame whose fence we already waited on is complete\n        if (vkGetQueryPoolResults(m_dev, m_pools[frame], 0, uint32_t(names.size() * 2), ts.size() * 8, ts.data(), 16,\n                                  VK_QUERY_RESULT_64_BIT | VK_QUERY_RESULT_WITH_AVAILABILITY_BIT) >= 0) {\n            m_results.clear();\n            for (size_t i = 0; i < names.size(); ++i)\n                if (ts[i*4+1] && ts[i*4+3]) m_results.push_back({names[i], double(ts[i*4+2] - ts[i*4]) * m_periodNs / 1e6});\n        }\n    }\n    names.clear(); m_next = 0;\n    vkCmdResetQueryPool(cmd, m_pools[frame], 0, kMaxScopes * 2);\n}\n\nvoid GpuProfiler::begin(VkCommandBuffer cmd, const char* name) {\n    m_names[m_frame].push_back(name);\n    vkCmdWriteTimestamp2(cmd, VK_PIPELINE_STAGE_2_TOP_OF_PIPE_BIT, m_pools[m_frame], m_next++);\n}\n\nvoid GpuProfiler::end(VkCommandBuffer cmd) {\n    vkCmdWriteTimestamp2(cmd, VK_PIPELINE_STAGE_2_BOTTOM_OF_PIPE_BIT, m_pools[m_frame], m_next++);\n}\n\nvoid GpuProfiler::destroy() { for (auto p : m_pools) vkDestroyQueryPool(m_dev, p, nullptr); }\n"),
             edit("/home/marta/dev/kestrel-renderer/src/renderer.cpp",
                  "    m_shadow.record(cmd, f);\n    m_gbuffer.record(cmd, f);\n    m_lighting.record(cmd, f);\n    m_post.record(cmd, f);",
                  "    m_gpu.beginFrame(cmd, f.index);\n    m_gpu.begin(cmd, \"shadow\");   m_shadow.record(cmd, f);   m_gpu.end(cmd);\n    m_gpu.begin(cmd, \"gbuffer\");  m_gbuffer.record(cmd, f);  m_gpu.end(cmd);\n    m_gpu.begin(cmd, \"lighting\"); m_lighting.record(cmd, f); m_gpu.end(cmd);\n    m_gpu.begin(cmd, \"post\");     m_post.record(cmd, f);     m_gpu.end(cmd);"),
             edit("/home/marta/dev/kestrel-renderer/src/debug/overlay.cpp",
                  "    ImGui::Text(\"cpu %.2f ms\", s.cpuMs);",
                  "    ImGui::Text(\"cpu %.2f ms\", s.cpuMs);\n    for (const auto& t : s.gpu) ImGui::Text(\"gpu %-9s %.2f ms\", t.name.c_str(), t.ms);"),
             bash("cmake --build build -j16 2>&1 | tail -2", "[46/47] Building CXX object src/CMakeFiles/kestrel.dir/debug/gpu_profiler.cpp.o\n[47/47] Linking CXX executable kestrel", desc="Build", ms=24000),
             say("Added `GpuProfiler` (src/debug/gpu_profiler.{hpp,cpp}): two timestamp pools (one per frame in flight), begin/end scopes around shadow, gbuffer, lighting and post in `recordFrame`. Each frame's `beginFrame` reads the results written two frames ago from the same pool, with `WITH_AVAILABILITY_BIT` and no `WAIT_BIT`, so it never stalls; unavailable results are skipped. Ticks are scaled by `timestampPeriod`. The overlay shows ms per pass. Builds clean; I haven't run it.")),
        turn("works, shadow 0.41ms same as nsight. numbers jitter a lot though, add a rolling avg over 60 frames",
             edit("/home/marta/dev/kestrel-renderer/src/debug/gpu_profiler.cpp",
                  "                if (ts[i*4+1] && ts[i*4+3]) m_results.push_back({names[i], double(ts[i*4+2] - ts[i*4]) * m_periodNs / 1e6});",
                  "                if (ts[i*4+1] && ts[i*4+3]) {\n                    double ms = double(ts[i*4+2] - ts[i*4]) * m_periodNs / 1e6;\n                    double& avg = m_avg[names[i]];\n                    avg = avg == 0.0 ? ms : avg + (ms - avg) / 60.0;\n                    m_results.push_back({names[i], avg});\n                }"),
             edit("/home/marta/dev/kestrel-renderer/src/debug/gpu_profiler.hpp",
                  "    std::vector<Timing> m_results;",
                  "    std::vector<Timing> m_results;\n    std::unordered_map<std::string, double> m_avg;  // ~60-frame exponential average"),
             edit("/home/marta/dev/kestrel-renderer/src/debug/gpu_profiler.hpp", "#include <vector>", "#include <unordered_map>\n#include <vector>"),
             bash("cmake --build build -j16 2>&1 | tail -1", "[47/47] Linking CXX executable kestrel", desc="Build", ms=19000),
             say("Added an exponential moving average with a 60-frame time constant per pass name (cheaper than keeping a 60-entry ring buffer, and close enough for an overlay); the overlay now shows the average. Builds clean.")),
    ],
)
