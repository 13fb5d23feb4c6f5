# Round trips through json, and dump/load through files.
import json
records = [{"id": i, "name": f"worker-{i}", "tags": ["a"] * i, "score": i / 4} for i in range(4)]
text = json.dumps(records)
back = json.loads(text)
print(back == records, len(text), back[3])
with open("records.json", "w") as f:
    json.dump(records, f, indent=2)
with open("records.json") as f:
    print(json.load(f) == records)
print(open("records.json").read().count("\n"))
print(json.loads(json.dumps({"t": (1, 2)})), json.loads(json.dumps("中文", ensure_ascii=False)))
