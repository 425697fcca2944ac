LABEL = dict(
    split="heldout10",
    persona="Flutter developer fixing a layout overflow on small iPhones",
    expertise_level=3, work_mode="fixing",
    verified_success=False, trouble=True, abandoned=True,
    rationale=("Prompt 1 names the widget, the device and the error (RenderFlex overflow on the booking card on the iPhone SE) and asks that the design not change, "
               "leaving the fix to the agent: level 3; prompt 2 reports it still overflows with a guess at the cause (text scale), not a correction of the agent's code. A broken layout is being repaired: "
               "fixing. `flutter analyze` passes but is no test run; prompt 2 reports the failure persisting ('still overflowing on the SE, by 6 pixels now'), "
               "and the agent's second edit is never checked or confirmed: abandoned."),
)

SESSION = dict(
    cwd="/Users/dani/work/pulse-gym-app", start="2026-11-27T15:30:00Z", model="claude-sonnet-4-6", version="2.1.249", branch="fix/booking-card-se",
    turns=[
        turn("BookingCard overflows on the iPhone SE simulator - 'A RenderFlex overflowed by 23 pixels on the right'. Its the row with the time, trainer name and the book button. Fix it without changing the design on normal phones pls",
             read("/Users/dani/work/pulse-gym-app/lib/features/booking/booking_card.dart",
                  "Row(\n  children: [\n    Text(DateFormat.Hm().format(c.start), style: theme.textTheme.titleMedium),\n    const SizedBox(width: 12),\n    Text(c.trainerName, style: theme.textTheme.bodyLarge),\n    const SizedBox(width: 12),\n    FilledButton(onPressed: onBook, child: const Text('Book now')),\n  ],\n)"),
             edit("/Users/dani/work/pulse-gym-app/lib/features/booking/booking_card.dart",
                  "    Text(c.trainerName, style: theme.textTheme.bodyLarge),\n    const SizedBox(width: 12),",
                  "    Expanded(\n      child: Text(c.trainerName, style: theme.textTheme.bodyLarge, overflow: TextOverflow.ellipsis),\n    ),\n    const SizedBox(width: 12),"),
             bash("flutter analyze lib/features/booking", "Analyzing booking...\nNo issues found! (ran in 2.1s)", desc="Analyze"),
             say("The trainer's name now takes the remaining space (`Expanded`) and is cut with an ellipsis if it doesn't fit, so the row can't overflow; on wider phones it looks the same.")),
        turn("still overflowing on the SE, by 6 pixels now. i think its when the text scale is bigger",
             edit("/Users/dani/work/pulse-gym-app/lib/features/booking/booking_card.dart",
                  "    FilledButton(onPressed: onBook, child: const Text('Book now')),",
                  "    FilledButton(\n      onPressed: onBook,\n      style: FilledButton.styleFrom(padding: const EdgeInsets.symmetric(horizontal: 12)),\n      child: const FittedBox(child: Text('Book now')),\n    ),"),
             say("With a larger text scale the button itself grows past the space left. I reduced its horizontal padding and let the label shrink to fit (`FittedBox`). "
                 "Can you try the SE again with your text size setting?")),
    ],
)
