const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

iconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

mconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

pconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

oconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

rconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

tconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

{const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

mconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

kconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

dconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

iconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

rconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

Sconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

yconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

nconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

cconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

,const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

rconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

econst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

aconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

dconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

Fconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

iconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

lconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

econst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

Sconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

yconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

nconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

cconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

,const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

wconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

rconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

iconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

tconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

econst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

Fconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

iconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

lconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

econst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

Sconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

yconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

nconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

cconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

}const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

fconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

rconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

oconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

mconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

'const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

nconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

oconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

dconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

econst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

:const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

fconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

sconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

'const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!


const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

iconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

mconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

pconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

oconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

rconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

tconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

{const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

jconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

oconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

iconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

nconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

}const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

fconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

rconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

oconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

mconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

'const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

nconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

oconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

dconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

econst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

:const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

pconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

aconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

tconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

hconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

'const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!


const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

iconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

mconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

pconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

oconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

rconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

tconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

{const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

econst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

xconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

pconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

econst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

cconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

tconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

,const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

iconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

tconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

}const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

fconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

rconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

oconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

mconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

'const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

vconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

iconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

tconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

econst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

sconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

tconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

'const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!


const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

iconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

mconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

pconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

oconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

rconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

tconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

{const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

pconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

aconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

rconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

sconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

econst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

Rconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

econst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

pconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

oconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

rconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

tconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

,const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

tconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

yconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

pconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

econst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

Fconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

iconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

nconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

dconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

iconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

nconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

gconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

sconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

Rconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

econst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

pconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

oconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

rconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

tconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

}const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

fconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

rconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

oconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

mconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

'const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

@const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

pconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

oconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

rconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

tconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

cconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

uconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

lconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

lconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

iconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

sconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

/const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

cconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

oconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

rconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

econst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

'const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!


const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

iconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

mconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

pconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

oconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

rconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

tconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

{const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

cconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

oconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

mconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

mconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

iconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

tconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

,const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

gconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

iconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

tconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

,const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

iconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

nconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

iconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

tconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

Rconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

econst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

pconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

oconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

,const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

pconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

lconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

aconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

nconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

tconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

econst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

dconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

Sconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

econst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

cconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

rconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

econst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

tconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

sconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

}const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

fconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

rconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

oconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

mconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

'const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

.const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

.const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

/const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

aconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

cconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

tconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

iconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

oconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

nconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

sconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

/const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

sconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

cconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

aconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

nconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

-const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

sconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

econst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

cconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

rconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

econst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

tconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

sconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

/const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

hconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

econst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

lconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

pconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

econst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

rconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

sconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

.const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

jconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

sconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

'const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!


const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

iconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

mconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

pconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

oconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

rconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

tconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

{const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

rconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

uconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

nconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

Aconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

cconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

tconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

iconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

oconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

nconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

,const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

tconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

yconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

pconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

econst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

Rconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

uconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

nconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

Aconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

cconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

tconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

iconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

oconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

nconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

Oconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

pconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

tconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

iconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

oconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

nconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

sconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

,const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

tconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

yconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

pconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

econst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

Rconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

uconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

nconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

Rconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

econst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

sconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

uconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

lconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

tconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

}const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

fconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

rconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

oconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

mconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

'const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

.const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

.const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

/const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

sconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

uconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

pconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

pconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

oconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

rconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

tconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

/const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

rconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

uconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

nconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

nconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

econst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

rconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

.const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

jconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

sconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

'const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!


const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

iconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

mconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

pconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

oconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

rconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

tconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

{const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

mconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

aconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

rconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

kconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

dconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

oconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

wconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

nconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

Tconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

aconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

bconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

lconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

econst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

,const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

sconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

yconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

nconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

cconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

Dconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

oconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

cconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

Sconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

econst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

cconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

tconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

iconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

oconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

nconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

}const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

fconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

rconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

oconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

mconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

'const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

.const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

.const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

/const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

sconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

uconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

pconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

pconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

oconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

rconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

tconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

/const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

hconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

oconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

sconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

tconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

iconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

lconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

econst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

.const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

jconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

sconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

'const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!


const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

iconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

mconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

pconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

oconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

rconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

tconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

{const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

dconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

econst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

sconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

cconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

rconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

iconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

bconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

econst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

Wconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

iconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

tconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

hconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

Tconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

oconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

oconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

lconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

sconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

}const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

fconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

rconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

oconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

mconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

'const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

.const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

.const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

/const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

sconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

uconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

pconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

pconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

oconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

rconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

tconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

/const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

sconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

cconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

aconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

nconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

nconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

econst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

rconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

sconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

.const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

jconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

sconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

'const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!


const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!


const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

/const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

*const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

*const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!


const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

*const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

Iconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

sconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

sconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

uconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

econst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

1const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

4const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

,const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

sconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

cconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

aconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

nconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

-const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

sconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

econst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

cconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

rconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

econst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

tconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

sconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

:const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

wconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

hconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

aconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

tconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

aconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

cconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

hconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

aconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

nconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

gconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

econst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

cconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

aconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

nconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

dconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

oconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

tconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

oconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

hconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

iconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

dconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

econst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

aconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

cconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

oconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

mconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

mconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

iconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

tconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

tconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

econst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

dconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

sconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

econst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

cconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

rconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

econst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

tconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

fconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

rconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

oconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

mconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

tconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

hconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

econst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

hconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

iconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

sconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

tconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

oconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

rconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

yconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

sconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

cconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

aconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

nconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

,const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!


const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

*const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

aconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

nconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

dconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

wconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

hconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

aconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

tconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

aconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

rconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

econst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

pconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

oconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

rconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

tconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

sconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

aconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

yconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

sconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

aconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

bconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

oconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

uconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

tconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

tconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

hconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

econst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

sconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

econst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

cconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

rconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

econst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

tconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

sconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

iconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

tconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

fconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

oconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

uconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

nconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

dconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

.const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

Rconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

econst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

aconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

lconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

gconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

iconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

tconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

lconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

econst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

aconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

kconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

sconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

8const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

.const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

1const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

6const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

tconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

hconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

rconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

oconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

uconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

gconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

hconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

tconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

hconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

econst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

bconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

uconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

iconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

lconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

tconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

bconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

uconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

nconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

dconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

lconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

econst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

.const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!


const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

*const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

/const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!


const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!


const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

fconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

uconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

nconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

cconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

tconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

iconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

oconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

nconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

rconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

econst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

pconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

oconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

rconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

tconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

Oconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

fconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

(const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

rconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

uconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

nconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

:const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

Rconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

uconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

nconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

Rconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

econst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

sconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

uconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

lconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

tconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

)const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

:const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

Fconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

iconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

nconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

dconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

iconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

nconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

gconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

sconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

Rconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

econst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

pconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

oconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

rconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

tconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

{const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!


const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

cconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

oconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

nconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

sconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

tconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

pconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

aconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

tconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

hconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

=const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

rconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

uconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

nconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

.const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

oconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

uconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

tconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

pconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

uconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

tconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

sconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

.const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

rconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

econst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

pconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

oconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

rconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

tconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!


const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

econst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

xconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

pconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

econst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

cconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

tconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

(const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

pconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

aconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

tconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

hconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

,const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

rconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

uconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

nconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

.const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

sconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

tconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

dconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

oconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

uconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

tconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

)const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

.const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

tconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

oconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

Bconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

econst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

Tconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

rconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

uconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

tconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

hconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

yconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

(const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

)const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!


const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

rconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

econst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

tconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

uconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

rconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

nconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

pconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

aconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

rconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

sconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

econst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

Rconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

econst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

pconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

oconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

rconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

tconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

(const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

rconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

econst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

aconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

dconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

Fconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

iconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

lconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

econst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

Sconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

yconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

nconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

cconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

(const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

pconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

aconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

tconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

hconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

!const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

,const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

'const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

uconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

tconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

fconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

8const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

'const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

)const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

,const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

pconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

aconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

tconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

hconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

!const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

)const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!


const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

}const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!


const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!


const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

/const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

*const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

*const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

Rconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

uconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

lconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

econst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

,const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

pconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

aconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

tconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

hconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

aconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

nconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

dconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

cconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

oconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

mconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

mconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

iconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

tconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

oconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

fconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

econst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

vconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

econst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

rconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

yconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

cconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

oconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

uconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

nconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

tconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

econst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

dconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

fconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

iconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

nconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

dconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

iconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

nconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

gconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

,const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

sconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

oconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

rconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

tconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

econst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

dconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

.const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

*const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

/const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!


const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

fconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

uconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

nconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

cconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

tconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

iconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

oconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

nconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

fconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

oconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

uconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

nconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

dconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

(const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

rconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

econst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

pconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

oconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

rconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

tconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

:const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

Fconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

iconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

nconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

dconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

iconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

nconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

gconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

sconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

Rconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

econst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

pconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

oconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

rconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

tconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

)const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

:const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

sconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

tconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

rconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

iconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

nconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

gconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

[const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

]const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

{const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!


const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

rconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

econst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

tconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

uconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

rconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

nconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

rconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

econst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

pconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

oconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

rconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

tconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

.const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

fconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

iconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

nconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

dconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

iconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

nconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

gconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

sconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!


const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

.const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

fconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

iconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

lconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

tconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

econst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

rconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

(const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

(const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

fconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

)const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

=const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

>const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

!const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

fconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

.const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

sconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

uconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

pconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

pconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

rconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

econst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

sconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

sconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

iconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

oconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

nconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

)const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!


const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

.const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

mconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

aconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

pconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

(const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

(const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

fconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

)const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

=const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

>const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

`const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

$const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

{const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

fconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

.const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

rconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

uconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

lconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

econst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

Iconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

dconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

}const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

$const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

{const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

fconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

.const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

lconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

oconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

cconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

aconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

tconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

iconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

oconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

nconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

?const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

.const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

pconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

aconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

tconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

hconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

?const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

?const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

'const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

'const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

}const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

$const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

{const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

fconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

.const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

gconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

iconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

tconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

?const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

.const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

cconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

oconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

mconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

mconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

iconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

tconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

?const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

`const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

@const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

$const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

{const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

fconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

.const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

gconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

iconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

tconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

.const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

cconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

oconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

mconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

mconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

iconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

tconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

}const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

`const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

:const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

'const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

'const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

}const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

`const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

)const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!


const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

.const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

sconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

oconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

rconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

tconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

(const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

)const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!


const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

}const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!


const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!


const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

cconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

oconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

nconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

sconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

tconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

[const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

aconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

wconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

sconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

,const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

gconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

hconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

pconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

]const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

=const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

(const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

(const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

)const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

=const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

>const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

{const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!


const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

cconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

oconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

nconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

sconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

tconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

sconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

=const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

pconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

lconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

aconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

nconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

tconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

econst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

dconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

Sconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

econst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

cconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

rconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

econst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

tconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

sconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

(const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

1const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

5const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

)const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!


const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

rconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

econst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

tconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

uconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

rconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

nconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

[const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

sconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

.const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

fconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

iconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

nconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

dconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

(const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

(const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

xconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

)const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

=const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

>const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

xconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

.const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

rconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

uconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

lconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

econst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

=const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

=const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

=const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

'const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

aconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

wconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

sconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

-const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

aconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

cconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

cconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

econst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

sconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

sconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

-const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

tconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

oconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

kconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

econst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

nconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

'const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

)const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

!const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

,const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

sconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

.const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

fconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

iconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

nconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

dconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

(const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

(const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

xconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

)const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

=const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

>const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

xconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

.const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

rconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

uconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

lconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

econst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

=const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

=const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

=const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

'const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

gconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

iconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

tconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

hconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

uconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

bconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

-const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

pconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

aconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

tconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

'const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

)const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

!const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

]const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!


const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

}const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

)const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

(const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

)const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!


const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!


const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

dconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

econst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

sconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

cconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

rconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

iconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

bconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

econst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

Wconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

iconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

tconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

hconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

Tconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

oconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

oconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

lconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

sconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

(const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

[const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

'const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

gconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

iconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

tconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

lconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

econst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

aconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

kconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

sconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

'const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

]const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

,const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

'const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

sconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

cconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

aconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

nconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

-const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

sconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

econst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

cconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

rconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

econst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

tconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

sconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

(const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

gconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

iconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

tconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

lconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

econst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

aconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

kconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

sconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

8const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

.const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

1const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

6const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

)const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

:const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

hconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

iconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

sconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

tconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

oconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

rconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

yconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

sconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

cconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

aconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

nconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

sconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

'const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

,const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

(const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

tconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

oconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

oconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

lconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

sconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

)const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

=const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

>const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

{const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!


const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

cconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

oconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

nconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

sconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

tconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

rconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

oconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

wconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

sconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

:const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

sconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

tconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

rconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

iconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

nconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

gconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

[const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

]const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

[const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

]const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

=const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

[const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

]const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!


const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

cconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

oconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

nconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

sconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

tconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

sconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

cconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

aconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

nconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

=const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

(const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

wconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

sconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

:const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

sconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

tconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

rconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

iconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

nconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

gconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

,const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

oconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

pconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

tconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

iconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

oconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

nconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

sconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

:const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

Pconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

aconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

rconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

tconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

iconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

aconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

lconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

<const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

Rconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

uconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

nconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

Aconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

cconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

tconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

iconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

oconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

nconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

Oconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

pconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

tconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

iconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

oconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

nconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

sconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

>const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

=const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

{const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

}const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

)const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

=const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

>const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!


const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

rconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

uconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

nconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

Aconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

cconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

tconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

iconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

oconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

nconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

(const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

'const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

sconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

cconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

aconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

nconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

-const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

sconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

econst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

cconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

rconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

econst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

tconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

sconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

'const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

,const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

{const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!


const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

wconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

oconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

rconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

kconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

sconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

pconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

aconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

cconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

econst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

:const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

wconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

sconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

,const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!


const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

tconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

iconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

mconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

econst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

oconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

uconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

tconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

Mconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

sconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

:const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

1const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

2const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

0const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

_const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

0const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

0const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

0const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

,const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!


const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

econst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

vconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

econst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

nconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

tconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

Nconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

aconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

mconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

econst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

:const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

'const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

wconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

oconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

rconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

kconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

fconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

lconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

oconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

wconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

_const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

dconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

iconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

sconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

pconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

aconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

tconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

cconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

hconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

'const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

,const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!


const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

econst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

vconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

econst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

nconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

tconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

:const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

{const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

}const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

,const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!


const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

.const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

.const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

.const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

oconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

pconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

tconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

iconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

oconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

nconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

sconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

,const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!


const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

iconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

nconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

pconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

uconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

tconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

sconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

:const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

{const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

'const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

gconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

iconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

tconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

lconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

econst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

aconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

kconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

sconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

-const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

pconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

aconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

tconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

hconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

'const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

:const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

tconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

oconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

oconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

lconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

sconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

.const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

gconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

iconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

tconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

lconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

econst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

aconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

kconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

sconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

,const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

'const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

uconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

pconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

lconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

oconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

aconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

dconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

-const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

sconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

aconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

rconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

iconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

fconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

'const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

:const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

'const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

fconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

aconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

lconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

sconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

econst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

'const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

,const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

.const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

.const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

.const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

oconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

pconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

tconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

iconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

oconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

nconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

sconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

.const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

iconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

nconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

pconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

uconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

tconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

sconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

}const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

,const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!


const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

}const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

)const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!


const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!


const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

/const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

/const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

gconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

iconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

tconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

rconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

econst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

aconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

dconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

sconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

aconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

tconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

tconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

rconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

iconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

bconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

uconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

tconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

econst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

sconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

fconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

rconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

oconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

mconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

tconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

hconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

econst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

wconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

oconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

rconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

kconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

tconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

rconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

econst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

econst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

,const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

`const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

.const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

gconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

iconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

tconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

/const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

iconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

nconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

fconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

oconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

/const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

aconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

tconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

tconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

rconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

iconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

bconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

uconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

tconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

econst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

sconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

`const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

aconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

nconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

dconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

`const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

cconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

oconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

rconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

econst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

.const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

aconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

tconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

tconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

rconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

iconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

bconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

uconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

tconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

econst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

sconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

Fconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

iconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

lconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

econst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

`const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

:const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

tconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

hconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

econst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!


const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

/const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

/const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

fconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

iconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

rconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

sconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

tconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

iconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

sconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

tconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

hconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

econst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

cconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

hconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

aconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

nconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

gconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

econst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

'const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

sconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

oconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

wconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

nconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

,const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

tconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

hconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

econst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

oconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

tconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

hconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

econst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

rconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

sconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

aconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

nconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

yconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

econst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

aconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

rconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

lconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

iconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

econst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

rconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

sconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

tconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

econst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

pconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

oconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

fconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

tconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

hconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

econst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

jconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

oconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

bconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

cconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

aconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

nconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

wconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

rconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

iconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

tconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

econst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

.const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!


const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

cconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

oconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

nconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

sconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

tconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

hconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

iconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

dconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

econst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

rconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

sconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

:const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

[const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

sconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

tconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

rconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

iconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

nconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

gconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

,const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

(const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

dconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

iconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

rconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

:const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

sconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

tconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

rconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

iconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

nconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

gconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

)const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

=const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

>const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

Rconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

econst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

cconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

oconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

rconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

dconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

<const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

sconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

tconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

rconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

iconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

nconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

gconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

,const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

sconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

tconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

rconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

iconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

nconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

gconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

>const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

]const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

[const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

]const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

=const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

[const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!


const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

[const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

'const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

aconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

cconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

oconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

mconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

mconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

iconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

tconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

tconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

econst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

dconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

`const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

.const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

gconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

iconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

tconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

aconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

tconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

tconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

rconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

iconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

bconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

uconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

tconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

econst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

sconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

`const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

:const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

`const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

*const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

.const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

econst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

nconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

vconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

-const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

dconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

iconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

fconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

fconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

`const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

'const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

,const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

(const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

)const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

=const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

>const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

(const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

{const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

'const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

.const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

gconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

iconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

tconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

aconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

tconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

tconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

rconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

iconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

bconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

uconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

tconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

econst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

sconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

'const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

:const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

'const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

*const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

.const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

econst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

nconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

vconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

-const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

dconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

iconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

fconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

fconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

\const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

nconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

'const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

}const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

)const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

]const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

,const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!


const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

[const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!


const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

'const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

aconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

cconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

oconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

mconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

mconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

iconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

tconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

tconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

econst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

dconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

`const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

.const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

gconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

iconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

tconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

aconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

tconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

tconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

rconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

iconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

bconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

uconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

tconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

econst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

sconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

`const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

:const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

`const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

*const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

.const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

econst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

nconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

vconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

bconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

iconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

nconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

aconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

rconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

yconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

`const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

'const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

,const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!


const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

(const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

)const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

=const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

>const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

(const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

{const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

'const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

.const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

gconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

iconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

tconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

aconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

tconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

tconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

rconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

iconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

bconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

uconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

tconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

econst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

sconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

'const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

:const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

'const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

*const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

.const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

econst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

nconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

vconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

bconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

iconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

nconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

aconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

rconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

yconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

\const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

nconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

'const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

}const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

)const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

,const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!


const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

]const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

,const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!


const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

[const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!


const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

'const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

`const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

.const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

gconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

iconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

tconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

/const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

iconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

nconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

fconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

oconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

/const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

aconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

tconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

tconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

rconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

iconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

bconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

uconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

tconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

econst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

sconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

`const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

wconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

rconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

iconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

tconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

tconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

econst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

nconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

bconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

yconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

aconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

nconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

econst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

aconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

rconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

lconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

iconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

econst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

rconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

sconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

tconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

econst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

pconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

:const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

`const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

*const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

.const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

econst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

nconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

vconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

-const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

dconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

iconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

fconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

fconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

`const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

'const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

,const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!


const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

(const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

dconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

iconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

rconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

)const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

=const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

>const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

{const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!


const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

wconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

rconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

iconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

tconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

econst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

Fconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

iconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

lconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

econst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

Sconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

yconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

nconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

cconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

(const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

jconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

oconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

iconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

nconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

(const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

dconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

iconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

rconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

,const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

'const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

.const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

gconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

iconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

tconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

/const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

iconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

nconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

fconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

oconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

/const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

aconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

tconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

tconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

rconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

iconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

bconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

uconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

tconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

econst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

sconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

'const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

)const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

,const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

'const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

*const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

.const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

econst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

nconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

vconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

-const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

dconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

iconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

fconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

fconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

\const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

nconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

'const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

)const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!


const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

rconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

econst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

tconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

uconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

rconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

nconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

{const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

}const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!


const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

}const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

,const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!


const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

]const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

,const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!


const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

[const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!


const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

'const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

aconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

nconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

econst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

aconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

rconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

lconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

iconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

econst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

rconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

sconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

tconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

econst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

pconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

sconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

econst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

tconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

sconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

aconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

tconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

econst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

xconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

tconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

cconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

oconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

nconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

vconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

tconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

hconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

aconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

tconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

pconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

rconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

iconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

nconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

tconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

sconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

nconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

oconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

tconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

hconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

iconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

nconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

gconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

fconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

oconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

rconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

`const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

*const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

.const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

econst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

nconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

vconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

`const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

'const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

,const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!


const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

(const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

dconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

iconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

rconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

)const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

=const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

>const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

{const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!


const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

wconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

rconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

iconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

tconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

econst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

Fconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

iconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

lconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

econst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

Sconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

yconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

nconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

cconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

(const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

jconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

oconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

iconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

nconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

(const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

dconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

iconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

rconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

,const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

'const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

.const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

gconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

iconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

tconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

/const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

iconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

nconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

fconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

oconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

/const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

aconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

tconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

tconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

rconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

iconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

bconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

uconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

tconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

econst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

sconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

'const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

)const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

,const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

'const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

*const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

.const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

econst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

nconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

vconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

dconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

iconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

fconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

fconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

=const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

hconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

iconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

dconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

econst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

\const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

nconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

'const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

)const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!


const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

gconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

iconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

tconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

(const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

dconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

iconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

rconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

,const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

'const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

cconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

oconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

nconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

fconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

iconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

gconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

'const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

,const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

'const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

dconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

iconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

fconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

fconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

.const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

hconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

iconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

dconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

econst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

.const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

tconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

econst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

xconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

tconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

cconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

oconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

nconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

vconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

'const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

,const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

'const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

tconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

rconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

uconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

econst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

'const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

)const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!


const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

rconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

econst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

tconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

uconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

rconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

nconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

{const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

}const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!


const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

}const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

,const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!


const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

]const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

,const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!


const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

]const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!


const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

fconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

oconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

rconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

(const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

cconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

oconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

nconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

sconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

tconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

[const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

nconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

aconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

mconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

econst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

,const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

pconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

lconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

aconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

nconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

tconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

]const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

oconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

fconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

hconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

iconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

dconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

econst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

rconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

sconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

)const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

{const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!


const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

iconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

tconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

(const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

`const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

$const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

{const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

nconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

aconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

mconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

econst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

}const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

dconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

oconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

econst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

sconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

nconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

oconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

tconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

hconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

iconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

dconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

econst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

aconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

sconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

econst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

cconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

rconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

econst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

tconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

fconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

rconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

oconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

mconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

tconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

hconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

econst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

cconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

oconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

mconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

mconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

iconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

tconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

sconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

cconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

aconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

nconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

`const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

,const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

aconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

sconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

yconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

nconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

cconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

(const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

)const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

=const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

>const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

{const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!


const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

cconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

oconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

nconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

sconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

tconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

dconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

iconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

rconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

=const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

iconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

nconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

iconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

tconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

Rconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

econst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

pconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

oconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

(const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

)const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!


const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

cconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

oconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

nconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

sconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

tconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

bconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

aconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

sconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

econst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

=const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

cconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

oconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

mconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

mconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

iconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

tconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

(const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

dconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

iconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

rconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

,const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

'const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

bconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

aconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

sconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

econst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

'const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

,const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

{const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

'const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

Rconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

Econst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

Aconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

Dconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

Mconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

Econst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

.const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

mconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

dconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

'const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

:const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

'const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

bconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

aconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

sconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

econst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

\const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

nconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

'const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

}const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

)const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!


const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

mconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

kconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

dconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

iconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

rconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

Sconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

yconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

nconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

cconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

(const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

jconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

oconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

iconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

nconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

(const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

dconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

iconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

rconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

,const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

'const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

.const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

gconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

iconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

tconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

/const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

iconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

nconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

fconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

oconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

'const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

)const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

,const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

{const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

rconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

econst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

cconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

uconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

rconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

sconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

iconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

vconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

econst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

:const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

tconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

rconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

uconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

econst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

}const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

)const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!


const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

cconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

oconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

nconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

sconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

tconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

hconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

econst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

aconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

dconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

=const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

cconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

oconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

mconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

mconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

iconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

tconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

(const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

dconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

iconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

rconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

,const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

'const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

sconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

econst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

cconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

rconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

econst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

tconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

'const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

,const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

{const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

.const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

.const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

.const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

pconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

lconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

aconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

nconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

tconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

(const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

dconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

iconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

rconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

)const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

,const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

'const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

aconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

pconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

pconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

/const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

.const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

econst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

nconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

vconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

'const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

:const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

`const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

$const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

{const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

aconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

wconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

sconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

.const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

tconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

econst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

xconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

tconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

}const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

\const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

nconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

`const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

}const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

)const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!


const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

cconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

oconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

nconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

sconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

tconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

rconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

uconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

nconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

=const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

aconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

wconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

aconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

iconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

tconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

sconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

cconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

aconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

nconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

(const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

dconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

iconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

rconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

,const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

{const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

iconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

nconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

pconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

uconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

tconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

sconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

:const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

{const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

mconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

oconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

dconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

econst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

:const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

'const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

gconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

iconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

tconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

'const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

,const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

'const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

lconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

oconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

gconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

-const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

oconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

pconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

tconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

sconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

'const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

:const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

`const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

$const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

{const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

bconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

aconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

sconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

econst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

}const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

.const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

.const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

$const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

{const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

hconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

econst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

aconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

dconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

}const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

`const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

}const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

}const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

)const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!


const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

econst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

xconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

pconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

econst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

cconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

tconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

(const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

rconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

uconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

nconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

.const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

econst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

xconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

iconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

tconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

Cconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

oconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

dconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

econst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

,const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

rconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

uconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

nconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

.const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

sconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

tconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

dconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

oconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

uconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

tconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

)const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

.const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

tconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

oconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

Bconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

econst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

(const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

0const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

)const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!


const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

econst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

xconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

pconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

econst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

cconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

tconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

(const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

fconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

oconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

uconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

nconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

dconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

(const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

rconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

econst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

pconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

oconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

rconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

tconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

Oconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

fconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

(const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

rconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

uconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

nconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

)const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

)const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

)const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

.const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

tconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

oconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

Econst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

qconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

uconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

aconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

lconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

(const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

[const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

`const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

aconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

wconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

sconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

-const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

aconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

cconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

cconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

econst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

sconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

sconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

-const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

tconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

oconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

kconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

econst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

nconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

aconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

pconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

pconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

/const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

.const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

econst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

nconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

vconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

@const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

$const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

{const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

hconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

econst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

aconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

dconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

}const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

`const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

]const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

)const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!


const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

rconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

oconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

wconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

sconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

.const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

pconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

uconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

sconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

hconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

(const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

[const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

`const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

$const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

{const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

nconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

aconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

mconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

econst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

}const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

(const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

\const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

`const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

gconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

iconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

tconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

lconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

oconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

gconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

-const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

pconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

\const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

`const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

pconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

rconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

iconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

nconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

tconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

sconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

"const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

Bconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

iconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

nconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

aconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

rconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

yconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

fconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

iconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

lconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

econst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

sconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

dconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

iconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

fconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

fconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

econst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

rconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

"const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

)const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

`const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

,const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

'const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

fconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

oconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

uconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

nconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

dconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

,const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

iconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

nconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

iconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

tconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

sconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

cconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

oconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

mconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

mconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

iconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

tconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

'const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

]const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

)const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!


const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

}const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

,const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

1const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

5const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

0const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

_const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

0const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

0const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

0const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

)const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!


const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

}const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!


const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!


const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

iconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

tconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

(const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

'const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

dconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

oconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

cconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

sconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

/const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

hconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

aconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

rconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

dconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

econst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

nconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

iconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

nconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

gconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

.const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

mconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

dconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

lconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

iconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

sconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

tconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

sconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

wconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

hconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

aconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

tconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

wconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

aconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

sconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

tconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

rconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

iconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

econst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

dconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

'const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

,const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

(const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

)const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

=const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

>const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

{const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!


const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

sconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

yconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

nconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

cconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

Dconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

oconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

cconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

Sconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

econst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

cconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

tconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

iconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

oconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

nconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

(const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!


const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

'const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

tconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

rconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

uconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

sconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

tconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

-const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

sconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

econst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

cconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

rconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

econst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

tconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

sconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

-const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

hconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

iconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

sconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

tconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

oconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

rconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

yconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

'const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

,const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!


const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

[const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!


const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

'const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

#const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

#const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

Hconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

iconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

dconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

iconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

nconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

gconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

aconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

sconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

econst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

cconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

rconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

econst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

tconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

fconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

rconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

oconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

mconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

sconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

cconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

aconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

nconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

-const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

sconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

econst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

cconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

rconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

econst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

tconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

sconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

(const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

rconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

econst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

aconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

lconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

gconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

iconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

tconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

lconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

econst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

aconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

kconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

sconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

8const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

.const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

1const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

6const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

)const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

'const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

,const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!


const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

'const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

'const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

,const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!


const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

mconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

aconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

rconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

kconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

dconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

oconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

wconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

nconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

Tconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

aconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

bconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

lconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

econst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

(const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

[const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

'const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

tconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

rconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

iconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

econst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

dconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

'const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

,const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

'const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

rconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

econst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

pconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

oconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

rconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

tconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

econst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

dconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

'const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

]const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

,const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

rconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

oconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

wconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

sconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

)const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

,const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!


const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

]const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

.const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

jconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

oconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

iconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

nconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

(const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

'const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

\const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

nconst aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

'const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

)const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

,const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!


const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

)const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!


const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

 const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

}const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

)const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!


const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

}const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

)const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!


const aws = plantedSecrets(15).find((x) => x.rule === 'aws-access-token')!

