LABEL = dict(
    split="heldout5",
    persona="Retired postman who automates his greenhouse with an Arduino kit, copies sketches from forums",
    expertise_level=2, work_mode="fixing",
    verified_success=True, trouble=True, abandoned=False,
    rationale=("Prompt 1 names the thing and the symptom (the greenhouse sketch reads -127 from the temperature sensor) and pastes a long "
               "serial log plus the wiring in words, but no constraint or check beyond 'make it read properly'; prompt 2 only relays the "
               "compile error: level 2 (a long paste is not precision). Broken sensor reading repaired: fixing. The first `arduino-cli "
               "compile` fails (trouble); it compiles after the fix and prompt 3 ('it says 18.6 now which is about right') confirms: "
               "verified success."),
)

SESSION = dict(
    cwd="/home/dennis/Arduino/greenhouse", start="2026-11-24T15:40:00Z", model="claude-sonnet-4-6", version="2.1.244",
    turns=[
        turn("my greenhouse thing says -127 for the temperature all the time. it used to work last spring. i have the blue waterproof sensor on pin 4 "
             "with the red to 5v and black to gnd and yellow to pin 4. this is what the serial monitor says:\n\n"
             "Greenhouse v2 starting\nFound 0 devices.\nFan: OFF\nTemp: -127.00 C\nHumidity: 71.2 %\nFan: OFF\nTemp: -127.00 C\nHumidity: 71.0 %\n"
             "Fan: OFF\nTemp: -127.00 C\nHumidity: 70.9 %\nFan: OFF\nTemp: -127.00 C\nHumidity: 71.1 %\nFan: OFF\nTemp: -127.00 C\nHumidity: 71.3 %\n"
             "Fan: OFF\nTemp: -127.00 C\nHumidity: 71.2 %\nFan: OFF\nTemp: -127.00 C\nHumidity: 71.0 %\nWatering: skipped (soil 612)\nFan: OFF\nTemp: -127.00 C\n"
             "Humidity: 70.8 %\nFan: OFF\nTemp: -127.00 C\nHumidity: 70.9 %\n\ncan you make it read properly please",
             read("/home/dennis/Arduino/greenhouse/greenhouse.ino",
                  "#include <OneWire.h>\n#include <DallasTemperature.h>\n#include <DHT.h>\n\n#define ONE_WIRE_BUS 2\n#define DHTPIN 7\n#define FAN 9\n\n"
                  "OneWire oneWire(ONE_WIRE_BUS);\nDallasTemperature sensors(&oneWire);\nDHT dht(DHTPIN, DHT22);\n\nvoid setup() {\n  Serial.begin(9600);\n"
                  "  Serial.println(\"Greenhouse v2 starting\");\n  sensors.begin();\n  Serial.print(\"Found \");\n  Serial.print(sensors.getDeviceCount());\n"
                  "  Serial.println(\" devices.\");\n  dht.begin();\n  pinMode(FAN, OUTPUT);\n}\n..."),
             edit("/home/dennis/Arduino/greenhouse/greenhouse.ino", "#define ONE_WIRE_BUS 2", "#define ONE_WIRE_BUS 4  // yellow wire of the waterproof sensor"),
             bash("arduino-cli compile --fqbn arduino:avr:uno .", "", desc="Compile the sketch", code=1, ms=14000,
                  stderr="greenhouse.ino:2:10: fatal error: DallasTemperature.h: No such file or directory\n #include <DallasTemperature.h>\n          ^~~~~~~~~~~~~~~~~~~~~~\ncompilation terminated.\nError during build: exit status 1\n"),
             say("Found it: the sketch reads the sensor on **pin 2** (`ONE_WIRE_BUS 2`) but your yellow wire is on **pin 4**, so it finds 0 devices and reports -127 "
                 "(that number means \"no sensor answered\"). I changed it to pin 4.\n\nWhen I tried to compile it here, this computer is missing the "
                 "DallasTemperature library. Shall I install it so I can check the sketch builds?")),
        turn("yes do that. it says the same thing on mine when i press the tick button: DallasTemperature.h: No such file or directory",
             bash("arduino-cli lib install \"DallasTemperature\" \"OneWire\"", "Downloading DallasTemperature@3.9.0...\nDallasTemperature@3.9.0 downloaded\n"
                  "Installing DallasTemperature@3.9.0...\nInstalled DallasTemperature@3.9.0\nAlready installed OneWire@2.3.8", desc="Install the libraries", ms=9000),
             bash("arduino-cli compile --fqbn arduino:avr:uno .", "Sketch uses 11204 bytes (34%) of program storage space. Maximum is 32256 bytes.\n"
                  "Global variables use 618 bytes (30%) of dynamic memory, leaving 1430 bytes for local variables. Maximum is 2048 bytes.", desc="Compile again", ms=13000),
             say("Installed the library and the sketch now compiles. In the Arduino app on your side: **Tools → Manage Libraries**, search *DallasTemperature*, "
                 "click Install (say yes to OneWire too). Then press the arrow button to upload, and open the serial monitor – it should say \"Found 1 devices.\"")),
        turn("it says Found 1 devices and 18.6 now which is about right for in there. brilliant thank you", say("Great – the greenhouse is back to reading properly. The fan and watering rules will work off the real temperature again.")),
    ],
)
