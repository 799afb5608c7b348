import build_a,build_b,build_c,build_d,json
n={}
for m in (build_a,build_b,build_c,build_d): n.update(m.run())
print(len(n),sum(n.values()))
for k in sorted(n): print(k,n[k])
