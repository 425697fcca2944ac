LABEL = dict(
    split="heldout12",
    persona="embedded Rust firmware engineer reading how the bootloader hands over to the application",
    expertise_level=4, work_mode="exploring",
    verified_success=False, trouble=False, abandoned=False,
    rationale=("Prompt 1 scopes a read-only walk-through precisely (memory.x of both images, where the vector table is relocated, the jump, and what state the app inherits) and states the scope ('read only, I want to understand before touching VTOR'); "
               "prompt 2 asks a precise follow-up about a named register and an interrupt that could fire before relocation. No check or acceptance criterion is designed and nothing anticipates failure modes for a change: level 4. "
               "Only reads, searches and explanations: exploring. Nothing fails and nothing is evidence: neither."),
)

SESSION = dict(
    cwd="/home/jonas/fw/weather-node", start="2026-12-10T13:30:00Z", model="claude-opus-4-6", version="2.1.251",
    turns=[
        turn("read only. walk me through the handover from boot/ to app/: both memory.x files, where VTOR gets set, the jump itself, and what peripheral/clock/interrupt state the app inherits. I want to understand it before I touch VTOR",
             glob("**/memory.x", ["boot/memory.x", "app/memory.x"]),
             par(read("/home/jonas/fw/weather-node/boot/memory.x", "MEMORY\n{\n  FLASH : ORIGIN = 0x08000000, LENGTH = 32K\n  RAM   : ORIGIN = 0x20000000, LENGTH = 64K\n}"),
                 read("/home/jonas/fw/weather-node/app/memory.x", "MEMORY\n{\n  FLASH : ORIGIN = 0x08008000, LENGTH = 480K\n  RAM   : ORIGIN = 0x20000000, LENGTH = 64K\n}")),
             grep("VTOR|bootload|jump_to", path="/home/jonas/fw/weather-node", content="boot/src/main.rs:88:unsafe fn jump_to_app() -> ! {\nboot/src/main.rs:89:    let scb = &*cortex_m::peripheral::SCB::PTR;\nboot/src/main.rs:90:    scb.vtor.write(APP_BASE);\nboot/src/main.rs:91:    cortex_m::asm::bootload(APP_BASE as *const u32)\nboot/src/main.rs:92:}"),
             read("/home/jonas/fw/weather-node/boot/src/main.rs",
                  "const APP_BASE: u32 = 0x0800_8000;\n\n#[entry]\nfn main() -> ! {\n    let dp = pac::Peripherals::take().unwrap();\n    let rcc = dp.RCC.constrain();\n    let clocks = rcc.cfgr.sysclk(48.MHz()).freeze();\n    let mut led = dp.GPIOA.split().pa5.into_push_pull_output();\n    led.set_high();\n    if !image_valid(APP_BASE) { dfu_loop(dp.USB, clocks) }\n    led.set_low();\n    cortex_m::interrupt::disable();\n    unsafe { jump_to_app() }\n}\n\nunsafe fn jump_to_app() -> ! {\n    let scb = &*cortex_m::peripheral::SCB::PTR;\n    scb.vtor.write(APP_BASE);\n    cortex_m::asm::bootload(APP_BASE as *const u32)\n}"),
             read("/home/jonas/fw/weather-node/app/src/main.rs",
                  "#[entry]\nfn main() -> ! {\n    let cp = cortex_m::Peripherals::take().unwrap();\n    let dp = pac::Peripherals::take().unwrap();\n    let clocks = dp.RCC.constrain().cfgr.use_hse(8.MHz()).sysclk(84.MHz()).freeze();\n    unsafe { cortex_m::interrupt::enable() };\n    // ..."),
             say("**Layout.** Bootloader owns the first 32 KiB (0x0800_0000–0x0800_7FFF), the app starts at 0x0800_8000 (480 KiB). Both link RAM at 0x2000_0000/64K – they share it, which is fine because the bootloader never returns.\n\n"
                 "**Handover** (`boot/src/main.rs`):\n1. Clocks set to 48 MHz (HSI→PLL), LED on, image check; if invalid it stays in DFU.\n2. `cortex_m::interrupt::disable()` – PRIMASK set.\n3. `jump_to_app`: writes `SCB.VTOR = 0x0800_8000`, then `asm::bootload`, which loads MSP from `APP_BASE[0]` and branches to the reset vector at `APP_BASE[1]`.\n\n"
                 "So VTOR is set **by the bootloader**, not by the app – the app's `cortex-m-rt` reset handler doesn't touch it.\n\n"
                 "**What the app inherits:**\n- PLL running at 48 MHz; the app then reconfigures to HSE 84 MHz via `freeze()` – that works because `freeze` switches SYSCLK away from PLL before reprogramming it.\n"
                 "- PRIMASK still set (interrupts globally off) until the app's explicit `interrupt::enable()`.\n- GPIOA clock enabled and PA5 configured as output (LED low). USB peripheral untouched unless DFU ran.\n"
                 "- NVIC enable bits and any pending bits from the bootloader are **not** cleared; SysTick is not used by the bootloader, so it's off.")),
        turn("so if a peripheral IRQ was pending in NVIC from boot, it fires the moment the app enables interrupts — against the app's table, since VTOR's already moved? and is anything in boot enabling NVIC lines at all",
             grep("NVIC::unmask|unmask\\(|enable_interrupt", path="/home/jonas/fw/weather-node/boot", content="boot/src/dfu.rs:41:    unsafe { NVIC::unmask(pac::Interrupt::OTG_FS) };"),
             say("Yes on both counts:\n\n1. VTOR already points at the app's table when PRIMASK is cleared, so a pending IRQ is dispatched to the **app's** handler for that vector. If the app hasn't set that peripheral up, you get its `DefaultHandler` (with `cortex-m-rt`'s default, that's a spin loop).\n"
                 "2. The bootloader unmasks exactly one line: `OTG_FS` in `boot/src/dfu.rs:41`, and only on the DFU path (`dfu_loop`). On a normal boot with a valid image it never unmasks anything, so nothing can be pending-and-enabled at handover.\n\n"
                 "The risky case is DFU → reset-less jump: today `dfu_loop` ends with `SCB::sys_reset()` (a full reset), so it never reaches `jump_to_app` with OTG_FS unmasked. If anyone ever changes DFU to jump directly, OTG_FS would stay unmasked and could fire into the app's default handler. Nothing changed, as asked.")),
    ],
)
