from greenlet import greenlet

NAME = 'egon'

def eat(name):
    print('%s eat 1' % name)
    g2.switch(name)
    print('%s eat 2' % name)
    g2.switch()

def play(name):
    print('%s play 1' % name)
    g1.switch()
    print('%s play 2' % name)

g1 = greenlet(eat)
g2 = greenlet(play)
g1.switch(NAME)

def test1():
    print(12)
    gr2.switch()
    print(34)

def test2():
    print(56)
    gr1.switch()
    print(78)

gr1 = greenlet(test1)
gr2 = greenlet(test2)
gr1.switch()
print('gr1.dead =', gr1.dead, 'gr2.dead =', gr2.dead)
