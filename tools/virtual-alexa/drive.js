const va = require("virtual-alexa");
const alexa = va.VirtualAlexa.Builder()
  .skillURL(process.env.SKILL_URL || "http://127.0.0.1:8080/")
  .interactionModelFile(process.argv[2])
  .locale("en-US")
  .create();
const say = (r) => r && r.response && r.response.outputSpeech
  ? r.response.outputSpeech.ssml.replace(/<[^>]+>/g, " ").replace(/\s+/g, " ").replace(/ ([.,?!])/g, "$1").trim()
  : "(no speech)";
const talk = async (text) => {
  const r = text === "open morning back coach" ? await alexa.launch() : await alexa.utter(text);
  console.log("You: " + text);
  console.log("Alexa: " + say(r) + (r.response.shouldEndSession ? " [session ended]" : ""));
  return r;
};
(async () => {
  for (const text of ["open morning back coach", "start my routine", "no", "next", "next", "that hurts", "no", "yes",
                      "slower", "how do i do a dead bug", "what step am i on", "stop"]) {
    await talk(text);
  }
  for (const text of ["open morning back coach", "why does my back crack", "what are the warning signs", "no", "no"]) {
    await talk(text);
  }
})().catch(e => { console.error(e); process.exit(1); });
