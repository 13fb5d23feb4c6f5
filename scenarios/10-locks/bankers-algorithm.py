import threading, random, time

BANKER = True
TOTAL = 10
CLAIMS = {"C1": 9, "C2": 3, "C3": 8}
LOANS = {"C1": 2, "C2": 2, "C3": 4}

cash = TOTAL - sum(LOANS.values())
cond = threading.Condition()

def safe_order(cash, loans):
    order, loans = [], dict(loans)
    while loans:
        c = next((c for c in sorted(loans) if CLAIMS[c] - loans[c] <= cash), None)
        if c is None:
            return None
        cash += loans.pop(c)
        order.append(c)
    return order

def customer(name):
    global cash
    while True:
        with cond:
            if LOANS[name] == CLAIMS[name]:
                break
            while True:
                trial = dict(LOANS, **{name: LOANS[name] + 1})
                if cash > 0 and (not BANKER or safe_order(cash - 1, trial)):
                    break
                cond.wait()
            cash -= 1
            LOANS[name] += 1
            print("%s 借到 1, 共 %d/%d, 银行家剩 %d" % (name, LOANS[name], CLAIMS[name], cash))
        time.sleep(random.random())
    with cond:
        cash += LOANS.pop(name)
        print("%s 完成并还款, 银行家有 %d" % (name, cash))
        cond.notify_all()

print("图a 的安全序列:", safe_order(cash, LOANS))
ts = [threading.Thread(target=customer, args=(c,)) for c in sorted(CLAIMS)]
for t in ts: t.start()
for t in ts: t.join()
print("银行家收回全部 %d" % cash)
