# A traceback through methods, lambdas and comprehensions.
class Pipeline:
    def __init__(self, steps):
        self.steps = steps
    def run(self, x):
        for step in self.steps:
            x = step(x)
        return x

def halve(x):
    return x // 2

p = Pipeline([halve, lambda x: x - 5, lambda x: [10 / v for v in range(x, 2)]])
print(p.run(20))
print(p.run(10))
